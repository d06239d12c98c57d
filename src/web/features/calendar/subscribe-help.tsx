import { List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

const apps = ["google", "outlook", "apple"] as const;
const stepsOf = { google: ["1", "2", "3"], outlook: ["1", "2", "3"], apple: ["1", "2", "3"] } as const;

/** How to subscribe in the three calendars people use most; the feed is read-only for all of them. */
export function SubscribeHelp() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t("calendar.howTitle")}
      </Title>
      {apps.map((app) => (
        <Stack key={app} gap={4}>
          <Title order={3} size="h5">
            {t(`calendar.how.${app}.title`)}
          </Title>
          <List type="ordered" size="sm" spacing={2}>
            {stepsOf[app].map((step) => (
              <List.Item key={step}>{t(`calendar.how.${app}.step${step}`)}</List.Item>
            ))}
          </List>
        </Stack>
      ))}
      <Text size="sm" c="dimmed">
        {t("calendar.refreshNote")}
      </Text>
    </Stack>
  );
}

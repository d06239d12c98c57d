import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../domain/applications/views";
import { QueryError } from "../../../components/query-error";
import { countryName, formatDate } from "../../../i18n/format";
import { applicationFileUrl, usePartnerApplication } from "../api";

/** The partner's application with the questions as they were asked; nothing when it did not apply through the form. */
export function ApplicationCard({ ws, partnerId }: { ws: string; partnerId: string }) {
  const { t } = useTranslation();
  const application = usePartnerApplication(ws, partnerId);
  if (application.error) return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  const data = application.data?.application;
  if (!data) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="application-title">
      <Stack gap="md">
        <div>
          <Group justify="space-between">
            <Title order={2} size="h4" id="application-title">
              {t("applications.partner.title")}
            </Title>
            {data.track && <Badge variant="light">{data.track.name}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {t("applications.partner.submitted", { program: data.program.name, date: formatDate(data.submittedAt) })}
          </Text>
        </div>
        <Answers ws={ws} partnerId={partnerId} application={data} />
      </Stack>
    </Paper>
  );
}

function Answers({ ws, partnerId, application }: { ws: string; partnerId: string; application: ApplicationView }) {
  const { t } = useTranslation();
  const fixed = [
    { label: t("applications.partner.contact"), value: `${application.contactName} <${application.contactEmail}>` },
    { label: t("applications.partner.website"), value: application.website },
    { label: t("applications.partner.country"), value: application.country ? countryName(application.country) : "" },
  ];
  return (
    <Stack gap="sm" component="dl" style={{ margin: 0 }}>
      {fixed.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
      {application.answers.map((answer) => (
        <div key={answer.key}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {answer.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: "pre-wrap" }}>
            {answer.kind === "file" && answer.file ? (
              <Anchor href={applicationFileUrl(ws, partnerId, answer.file.id)} download>
                <Group gap={4} component="span">
                  <IconDownload size={14} aria-hidden />
                  {t("applications.partner.download", { name: answer.file.fileName })}
                </Group>
              </Anchor>
            ) : answer.kind === "file" && answer.answer !== null ? (
              <Text span c="dimmed" size="sm">
                {t("applications.partner.fileMissing")}
              </Text>
            ) : answer.answer === null ? (
              <Text span c="dimmed" size="sm">
                {t("applications.partner.noAnswer")}
              </Text>
            ) : (
              String(answer.answer)
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

import { Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RelationshipCardProps } from "../relationship/relationship-tab";

export function EarlyWinCard(props: RelationshipCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-partner={props.partnerId}>
      <Title order={2} size="h4">
        {t("earlyWins.card.title")}
      </Title>
    </Paper>
  );
}

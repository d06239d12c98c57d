import { Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RelationshipCardProps } from "../relationship/relationship-tab";

export function AlignmentCard(props: RelationshipCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-partner={props.partnerId}>
      <Title order={2} size="h4">
        {t("alignment.record.title")}
      </Title>
    </Paper>
  );
}

import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerSettings, PartnerTier, PartnerType } from "../../../domain/partners/schemas";
import type { Program } from "../../../domain/programs/schemas";
import type { TemplateSummary } from "../../../domain/programs/templates";
import { AnchorLink } from "../../components/router-links";
import { RecruitingSummary } from "../applications/recruiting/recruiting-summary";
import { TableHead } from "../../components/table-head";
import { ProgramDialog } from "./program-dialog";
import { TierDialog } from "./tier-dialog";
import { TrackDialog } from "./track-dialog";

interface ProgramCardProps {
  ws: string;
  program: Program;
  settings: PartnerSettings;
  templates: TemplateSummary[];
  canManage: boolean;
}

/** One program: every partner type with the template it follows, and what each tier asks. */
export function ProgramCard({ ws, program, settings, templates, canManage }: ProgramCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [track, setTrack] = useState<PartnerType | null>(null);
  const [tier, setTier] = useState<PartnerTier | null>(null);
  const headingId = `program-${program.id}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {program.name}
          </Title>
          <Text size="xs" c="dimmed" ff="monospace">
            {program.key}
          </Text>
          {program.description && <Text size="sm">{program.description}</Text>}
        </Stack>
        {canManage && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t("programs.edit")}
            <VisuallyHidden> {program.name}</VisuallyHidden>
          </Button>
        )}
      </Group>

      <Title order={3} size="h5" mt="md">
        {t("programs.tracks.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("programs.tracks.hint")}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" withTableBorder>
          <caption>
            <VisuallyHidden>{t("programs.tracks.caption", { program: program.name })}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("programs.tracks.partnerType"), t("programs.tracks.template"), t("programs.tracks.notes")]} withActions={canManage} />
          <Table.Tbody>
            {settings.types.map((type) => {
              const current = program.tracks.find((candidate) => candidate.partnerType.id === type.id);
              return (
                <Table.Tr key={type.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {type.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {current?.template ? (
                      <Group gap={6}>
                        <AnchorLink to="/w/$ws/templates/$templateId" params={{ ws, templateId: current.template.id }} size="sm">
                          {current.template.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {t("programs.tracks.version", { version: current.template.latestVersion })}
                        </Text>
                        {current.template.archived && (
                          <Badge size="xs" color="gray" variant="light">
                            {t("programs.tracks.archived")}
                          </Badge>
                        )}
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("programs.tracks.none")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{current?.description}</Text>
                  </Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="subtle" onClick={() => setTrack(type)}>
                        {t("programs.tracks.change")}
                        <VisuallyHidden> {t("programs.tracks.changeNamed", { type: type.name })}</VisuallyHidden>
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3} size="h5" mt="lg">
        {t("programs.tiers.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("programs.tiers.hint")}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" withTableBorder>
          <caption>
            <VisuallyHidden>{t("programs.tiers.caption", { program: program.name })}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("programs.tiers.tier"), t("programs.tiers.requirements"), t("programs.tiers.general")]} withActions={canManage} />
          <Table.Tbody>
            {settings.tiers.map((candidate) => {
              const requirements = program.tierRequirements.find((entry) => entry.tier.id === candidate.id)?.requirements;
              return (
                <Table.Tr key={candidate.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {candidate.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={requirements ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
                      {requirements ?? t("programs.tiers.none")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{candidate.requirements}</Text>
                  </Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="subtle" onClick={() => setTier(candidate)}>
                        {t("programs.tiers.edit")}
                        <VisuallyHidden> {t("programs.tiers.editNamed", { tier: candidate.name })}</VisuallyHidden>
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <RecruitingSummary ws={ws} program={program} />

      {editing && <ProgramDialog ws={ws} program={program} opened onClose={() => setEditing(false)} />}
      {track && <TrackDialog ws={ws} program={program} partnerType={track} templates={templates} onClose={() => setTrack(null)} />}
      {tier && <TierDialog ws={ws} program={program} tier={tier} onClose={() => setTier(null)} />}
    </Paper>
  );
}

import { Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { roleKey } from "../../i18n/labels";
import { PartnerProfile } from "../partners/components/partner-profile";
import { StageBadge } from "../partners/components/stage-badge";
import { HostContacts } from "../partners/people/host-contacts";
import { MembersCard } from "../partners/people/members-card";
import { useActor, useWorkspace } from "../workspace/api";
import { usePortal } from "./api";
import { WhatsNextCard } from "./journey/whats-next-card";

/** A partner user's home: what is next on their journey, their organisation, their colleagues, and who to talk to at the host. */
export function PortalPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actor = useActor();
  const portal = usePortal(workspace.slug);

  if (portal.error) return <QueryError error={portal.error} onRetry={() => void portal.refetch()} />;
  if (portal.isPending) return <PageLoader />;
  const { partner, people, me } = portal.data;
  const resource = { partner: { id: partner.id, ownerUserId: null, teamUserIds: [] } };

  return (
    <Stack gap="lg">
      <PageHeader
        title={partner.name}
        description={
          <Group gap="xs" component="span">
            <span>{t("portal.subtitle", { workspace: workspace.name })}</span>
            <StageBadge stage={partner.stage} />
          </Group>
        }
        actions={
          <Text size="sm" c="dimmed">
            {t("portal.signedInAs", { role: t(roleKey(me.role)) })}
          </Text>
        }
      />
      {/* What the partner has to do next comes first (issue 4, R-G1). */}
      <WhatsNextCard ws={workspace.slug} partnerId={partner.id} hostName={workspace.name} zone={partner.timeZone} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="md">
                {t("portal.profileTitle")}
              </Title>
              <PartnerProfile partner={partner} showOwner={false} />
              <Text size="xs" c="dimmed" mt="md">
                {t("portal.profileHint")}
              </Text>
            </Paper>
            <MembersCard
              ws={workspace.slug}
              partnerId={partner.id}
              partnerName={partner.name}
              people={people}
              currentUserId={me.userId}
              canInvite={can(actor, "partner.members.invite", resource) === "allow"}
              canRemove={can(actor, "partner.members.remove", resource) === "allow"}
              audience="partner"
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg">
            <Title order={2} size="h4">
              {t("portal.contactsTitle", { workspace: workspace.name })}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t("portal.contactsDescription")}
            </Text>
            <HostContacts contacts={people.hostContacts} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

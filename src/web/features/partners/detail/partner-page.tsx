import { Badge, Grid, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconActivity, IconCalendarEvent, IconHeartHandshake, IconLayoutDashboard, IconMessages, IconRoute, IconUsers } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can, type PartnerResource } from "../../../../domain/access/policy";
import type { Partner, PartnerPeople } from "../../../../domain/partners/schemas";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { AnchorLink } from "../../../components/router-links";
import { SendEmailAction } from "../../email-templates/send-email-dialog";
import { ApplicationCard } from "../../applications/partner/application-card";
import { PartnerInterviewsTab } from "../../interviews/partner-interviews-tab";
import { PartnerJourneyCard } from "../../journeys/partner-journey-card";
import { MeetingsTab } from "../../meetings/meetings-tab";
import { RelationshipTab } from "../../relationship/relationship-tab";
import { useStaffDirectory } from "../../people/api";
import { useActor, useWorkspace } from "../../workspace/api";
import { usePartner, usePartnerPeople } from "../api";
import { StageBadge } from "../components/stage-badge";
import { HostContacts } from "../people/host-contacts";
import { HostTeamCard } from "../people/host-team-card";
import { MembersCard } from "../people/members-card";
import { partnerTabs, type PartnerTab } from "../search";
import { LifecycleCard } from "./lifecycle-card";
import { ProfileCard } from "./profile-card";
import { TimelineTab } from "./timeline-tab";

const route = getRouteApi("/w/$ws/partners/$partnerId");

/** What `can()` needs to decide about this partner: its owner and its team. */
function resourceOf(partner: Partner, people: PartnerPeople | undefined): PartnerResource {
  return {
    id: partner.id,
    ownerUserId: partner.owner?.id ?? null,
    teamUserIds: people?.hostContacts.filter((contact) => contact.responsibility === "team").map((contact) => contact.id) ?? [],
  };
}

export function PartnerPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const { partnerId } = route.useParams();
  const { tab = "overview" } = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/partners/$partnerId" });
  const partner = usePartner(ws, partnerId);
  const people = usePartnerPeople(ws, partnerId);
  const staff = useStaffDirectory(ws, can(actor, "staff.read") === "allow");

  const backToList = (
    <AnchorLink to="/w/$ws/partners" params={{ ws }} size="sm">
      ← {t("partners.list.title")}
    </AnchorLink>
  );
  if (partner.error) {
    return (
      <Stack gap="md" align="flex-start">
        {backToList}
        <QueryError error={partner.error} onRetry={() => void partner.refetch()} />
      </Stack>
    );
  }
  if (partner.isPending) return <PageLoader />;

  const data = partner.data;
  const resource = { partner: resourceOf(data, people.data) };
  const allowed = (action: "partner.update" | "partner.team.manage" | "partner.members.invite" | "partner.members.remove") => can(actor, action, resource) === "allow";
  const setTab = (value: string | null) => {
    const next = partnerTabs.find((candidate) => candidate === value);
    void navigate({ search: { tab: next === "overview" ? undefined : next }, replace: true });
  };

  return (
    <Stack gap={0}>
      <PageHeader
        before={backToList}
        title={data.name}
        actions={<SendEmailAction ws={ws} partner={data} resource={resource.partner} />}
        description={
          <Group gap="xs" component="span">
            <StageBadge stage={data.stage} />
            <Text span size="sm" c="dimmed">
              {data.type.name}
            </Text>
            {data.tier && (
              <Badge variant="outline" color="gray">
                {data.tier.name}
              </Badge>
            )}
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value={"overview" satisfies PartnerTab} leftSection={<IconLayoutDashboard size={16} aria-hidden />}>
            {t("partners.tabs.overview")}
          </Tabs.Tab>
          <Tabs.Tab value={"journey" satisfies PartnerTab} leftSection={<IconRoute size={16} aria-hidden />}>
            {t("journeys.card.tab")}
          </Tabs.Tab>
          {can(actor, "relationship.read") === "allow" && (
            <>
              <Tabs.Tab value={"relationship" satisfies PartnerTab} leftSection={<IconHeartHandshake size={16} aria-hidden />}>
                {t("relationship.tab")}
              </Tabs.Tab>
              <Tabs.Tab value={"meetings" satisfies PartnerTab} leftSection={<IconCalendarEvent size={16} aria-hidden />}>
                {t("relationship.meetingsTab")}
              </Tabs.Tab>
            </>
          )}
          {can(actor, "interview.read") === "allow" && (
            <Tabs.Tab value={"interviews" satisfies PartnerTab} leftSection={<IconMessages size={16} aria-hidden />}>
              {t("interviews.tab.title")}
            </Tabs.Tab>
          )}
          <Tabs.Tab value={"people" satisfies PartnerTab} leftSection={<IconUsers size={16} aria-hidden />}>
            {t("partners.tabs.people")}
          </Tabs.Tab>
          <Tabs.Tab value={"timeline" satisfies PartnerTab} leftSection={<IconActivity size={16} aria-hidden />}>
            {t("partners.tabs.timeline")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <ProfileCard ws={ws} partner={data} canEdit={allowed("partner.update")} staff={staff.data?.users} onReload={() => partner.refetch()} />
                <ApplicationCard ws={ws} partnerId={data.id} />
                {people.data && (
                  <Paper withBorder p="lg">
                    <Group justify="space-between" mb="md">
                      <Title order={2} size="h4">
                        {t("hostTeam.title")}
                      </Title>
                      <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId }} search={{ tab: "people" }} size="sm">
                        {t("hostTeam.seeAll")}
                      </AnchorLink>
                    </Group>
                    <HostContacts contacts={people.data.hostContacts} />
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <LifecycleCard ws={ws} partner={data} canMove={allowed("partner.update")} onConflict={() => void partner.refetch()} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="journey">
          <PartnerJourneyCard ws={ws} partnerId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="relationship">
          <RelationshipTab ws={ws} partnerId={data.id} resource={resource.partner} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <MeetingsTab ws={ws} partnerId={data.id} resource={resource.partner} />
        </Tabs.Panel>
        <Tabs.Panel value="interviews">
          <PartnerInterviewsTab ws={ws} partner={data} canManage={can(actor, "interview.manage", resource) === "allow"} canMove={allowed("partner.update")} />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          {people.error ? (
            <QueryError error={people.error} onRetry={() => void people.refetch()} />
          ) : people.isPending ? (
            <PageLoader />
          ) : (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <MembersCard
                  ws={ws}
                  partnerId={data.id}
                  partnerName={data.name}
                  people={people.data}
                  currentUserId={actor.userId}
                  canInvite={allowed("partner.members.invite")}
                  canRemove={allowed("partner.members.remove")}
                  audience="staff"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <HostTeamCard ws={ws} partnerId={data.id} contacts={people.data.hostContacts} staff={staff.data?.users} canManage={allowed("partner.team.manage")} />
              </Grid.Col>
            </Grid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineTab ws={ws} partnerId={data.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

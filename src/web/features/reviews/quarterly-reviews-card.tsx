import { Card, Divider, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { SideRating } from "../../../domain/reviews/contracts";
import { sides } from "../../../domain/trust/side";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDate } from "../../i18n/format";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { useQuarterlyReviews } from "./api";
import { RateQuarterForm } from "./rate-quarter-form";
import { ReviewTrendChart } from "./review-trend-chart";

function RatingCell({ rating }: { rating: SideRating | null }) {
  const { t } = useTranslation();
  if (!rating) {
    return (
      <Text size="sm" c="dimmed">
        {t("reviews.history.notRated")}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t("reviews.history.figures", { trust: rating.trust, satisfaction: rating.satisfaction })}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {rating.comment}
      </Text>
      <Text size="xs" c="dimmed">
        {rating.ratedBy ? t("reviews.history.ratedBy", { name: rating.ratedBy.name, date: formatDate(rating.ratedAt) }) : formatDate(rating.ratedAt)}
      </Text>
      {rating.investigation && rating.investigation.reasons.length > 0 && (
        <Text size="xs" c="red.9">
          {t("reviews.history.investigation", { reasons: rating.investigation.reasons.join(" ") })}
        </Text>
      )}
    </Stack>
  );
}

/** Both sides' quarterly ratings of trust and satisfaction (R-F6): rate this quarter, read the history and its trend. */
export function QuarterlyReviewsCard({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const actor = useActor();
  const reviews = useQuarterlyReviews(ws, partnerId);
  const canRate = can(actor, "relationship.write", { partner: resource }) === "allow";

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="quarterly-reviews-title" id="quarterly-reviews">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="quarterly-reviews-title">
            {t("reviews.card.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("reviews.card.description")}
          </Text>
        </Stack>
        {reviews.error ? (
          <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />
        ) : reviews.isPending ? (
          <PageLoader />
        ) : (
          <>
            {canRate ? (
              <RateQuarterForm
                key={`${reviews.data.currentQuarter}-${reviews.data.quarters.find((quarter) => quarter.quarter === reviews.data.currentQuarter)?.[reviews.data.mySide]?.ratedAt ?? "new"}`}
                ws={ws}
                partnerId={partnerId}
                quarter={reviews.data.currentQuarter}
                side={reviews.data.mySide}
                current={reviews.data.quarters.find((quarter) => quarter.quarter === reviews.data.currentQuarter)?.[reviews.data.mySide] ?? null}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("reviews.card.readOnly")}
              </Text>
            )}
            <Divider />
            {reviews.data.quarters.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("reviews.card.empty", { quarter: reviews.data.currentQuarter })}
              </Text>
            ) : (
              <>
                <Title order={3} size="h5">
                  {t("reviews.chart.title")}
                </Title>
                <ReviewTrendChart quarters={[...reviews.data.quarters].reverse()} />
                <Title order={3} size="h5">
                  {t("reviews.history.title")}
                </Title>
                <Table.ScrollContainer minWidth={420}>
                  <Table verticalSpacing="xs">
                    <Table.Caption>{t("reviews.history.caption")}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("reviews.history.quarter")}</Table.Th>
                        {sides.map((side) => (
                          <Table.Th key={side} scope="col">
                            {t(`reviews.side.${side}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {reviews.data.quarters.map((quarter) => (
                        <Table.Tr key={quarter.quarter}>
                          <Table.Th scope="row">{quarter.quarter}</Table.Th>
                          {sides.map((side) => (
                            <Table.Td key={side}>
                              <RatingCell rating={quarter[side]} />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

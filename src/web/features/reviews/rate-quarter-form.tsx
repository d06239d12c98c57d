import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SideRating } from "../../../domain/reviews/contracts";
import type { Side } from "../../../domain/trust/side";
import { fieldErrorsOf, problemMessage } from "../../api/problems";
import { notifySuccess, notifyWarning } from "../../components/notify";
import { useRateQuarter } from "./api";

interface RateQuarterFormProps {
  ws: string;
  partnerId: string;
  quarter: string;
  side: Side;
  /** The side's rating of this quarter so far, to change. */
  current: SideRating | null;
}

/** An empty input stays empty (not 0), so the server names the field instead of a made-up score. */
const scoreOf = (value: string | number): number | "" => (typeof value === "number" ? value : "");

export function RateQuarterForm({ ws, partnerId, quarter, side, current }: RateQuarterFormProps) {
  const { t } = useTranslation();
  const rate = useRateQuarter(ws, partnerId);
  const [trust, setTrust] = useState<number | "">(current?.trust ?? "");
  const [satisfaction, setSatisfaction] = useState<number | "">(current?.satisfaction ?? "");
  const [comment, setComment] = useState(current?.comment ?? "");
  const errors = fieldErrorsOf(rate.error, ["trust", "satisfaction", "comment"]);
  const general = rate.error !== null && Object.keys(errors).length === 0;
  const sideName = t(`reviews.side.${side}`).toLowerCase();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    rate.mutate(
      { quarter, comment, ...(trust === "" ? {} : { trust }), ...(satisfaction === "" ? {} : { satisfaction }) },
      {
        onSuccess: (rated) => {
          notifySuccess(t("reviews.rate.saved"));
          const opened = rated.investigation;
          if (opened) notifyWarning(t(opened.stepId ? "reviews.rate.investigation" : "reviews.rate.investigationNoJourney", { reasons: opened.reasons.join(" ") }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rate-quarter-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="rate-quarter-title">
          {t(current ? "reviews.rate.titleAgain" : "reviews.rate.title", { quarter, side: sideName })}
        </Title>
        {general && (
          <Alert color="red" role="alert">
            {problemMessage(rate.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput label={t("reviews.rate.trust")} description={t("reviews.rate.trustHint")} min={1} max={10} step={1} allowDecimal={false} value={trust} onChange={(value) => setTrust(scoreOf(value))} error={errors.trust} required />
          <NumberInput
            label={t("reviews.rate.satisfaction")}
            description={t("reviews.rate.satisfactionHint")}
            min={1}
            max={10}
            step={1}
            allowDecimal={false}
            value={satisfaction}
            onChange={(value) => setSatisfaction(scoreOf(value))}
            error={errors.satisfaction}
            required
          />
        </SimpleGrid>
        <Textarea label={t("reviews.rate.comment")} value={comment} onChange={(event) => setComment(event.currentTarget.value)} error={errors.comment} autosize minRows={2} required />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t("reviews.rate.editable")}
          </Text>
          <Button type="submit" size="sm" loading={rate.isPending}>
            {t("reviews.rate.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

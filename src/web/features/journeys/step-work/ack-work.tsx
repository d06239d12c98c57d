import { Button, Checkbox, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { DocumentAcknowledgementFields } from "../../../../domain/journeys/template/kinds/document-acknowledgement";
import { ApiError } from "../../../api/http";
import { CompletionError, useStepWork } from "./completion";
import classes from "./step-work.module.css";

const MarkdownView = lazy(() => import("./markdown-view"));

/** A field's problem from a 400 (`body.input.<field>`). */
function inputErrorOf(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((problem) => problem.path === `body.input.${field}`)?.message;
}

/** The document of a step, read in place. */
export function DocumentBody({ body, stepId }: { body: string; stepId: string }) {
  const { t } = useTranslation();
  const labelId = `document-${stepId}`;
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" id={labelId} mb="xs">
        {t("stepWork.ack.document")}
      </Text>
      {/* Focusable, so a keyboard can scroll a long document too. */}
      <div className={classes.document} tabIndex={0} role="region" aria-labelledby={labelId}>
        <Suspense fallback={<Text size="sm">{t("stepWork.ack.loading")}</Text>}>
          <MarkdownView source={body} />
        </Suspense>
      </div>
    </Paper>
  );
}

/** A document to read and acknowledge, with a typed full name where the template asks for a signature. */
export function AcknowledgementWork() {
  const { t } = useTranslation();
  const { step, complete, completing, error } = useStepWork();
  const fields = DocumentAcknowledgementFields.safeParse(step.fields);
  const [read, setRead] = useState(false);
  const [signature, setSignature] = useState("");
  const [tried, setTried] = useState(false);
  if (!fields.success) return null;
  const { body, signatureRequired } = fields.data;
  const signatureMissing = signatureRequired && signature.trim().length < 2;

  const submit = () => {
    setTried(true);
    if (!read || signatureMissing) return;
    complete(signatureRequired ? { acknowledged: true, signature: signature.trim() } : { acknowledged: true });
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t("stepWork.ack.intro")}</Text>
      <DocumentBody body={body} stepId={step.id} />
      <Checkbox
        label={t("stepWork.ack.confirm")}
        checked={read}
        onChange={(event) => setRead(event.currentTarget.checked)}
        error={(tried && !read ? t("validation.required") : undefined) ?? inputErrorOf(error, "acknowledged")}
      />
      {signatureRequired && (
        <TextInput
          label={t("stepWork.ack.signature")}
          description={t("stepWork.ack.signatureHint")}
          required
          autoComplete="name"
          maxLength={200}
          value={signature}
          onChange={(event) => setSignature(event.currentTarget.value)}
          error={(tried && signatureMissing ? t("validation.required") : undefined) ?? inputErrorOf(error, "signature")}
        />
      )}
      <CompletionError />
      <div>
        <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={submit} loading={completing}>
          {t("stepWork.ack.submit")}
        </Button>
      </div>
    </Stack>
  );
}

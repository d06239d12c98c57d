import { Anchor, FileInput, Group, NumberInput, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { IconPaperclip } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationQuestion, FileQuestion } from "../../../../domain/applications/questions";
import { describeAccept } from "../../../../domain/files/accept";
import { problemMessage } from "../../../api/problems";
import { uploadApplicationFile } from "../api";

/** What Mantine's getInputProps hands an input: value, onChange, error and the like. */
type InputProps = GetInputPropsReturnType;

interface QuestionFieldProps {
  question: ApplicationQuestion;
  inputProps: InputProps;
  upload: { ws: string; programKey: string; onUploaded: (uploadId: string | null) => void; onError: (message: string) => void };
}

/** One of the program's own questions, as the input its kind calls for. */
export function QuestionField({ question, inputProps, upload }: QuestionFieldProps) {
  const { t } = useTranslation();
  const common = { label: question.label, description: question.help || undefined, required: question.required, withAsterisk: question.required };
  switch (question.kind) {
    case "text":
      return <TextInput {...common} maxLength={1000} {...inputProps} />;
    case "long_text":
      return <Textarea {...common} autosize minRows={3} maxLength={10_000} {...inputProps} />;
    case "url":
      return <TextInput {...common} type="url" inputMode="url" placeholder="https://" {...inputProps} />;
    case "number":
      return <NumberInput {...common} description={[question.help, numberHint(question, t)].filter(Boolean).join(" ") || undefined} min={question.min ?? undefined} max={question.max ?? undefined} {...inputProps} />;
    case "choice":
      return (
        <Radio.Group {...common} {...inputProps}>
          <Stack gap="xs" mt="xs">
            {question.options.map((option) => (
              <Radio key={option} value={option} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "file":
      return <FileQuestionField question={question} error={inputProps.error} upload={upload} />;
  }
}

function numberHint(question: Extract<ApplicationQuestion, { kind: "number" }>, t: TFunction): string {
  if (question.min !== null && question.max !== null) return t("applications.apply.number.between", { min: question.min, max: question.max });
  if (question.min !== null) return t("applications.apply.number.atLeast", { min: question.min });
  if (question.max !== null) return t("applications.apply.number.atMost", { max: question.max });
  return "";
}

/** Uploads the chosen file at once, so the submission only refers to it. */
function FileQuestionField({ question, error, upload }: { question: FileQuestion; error: unknown; upload: QuestionFieldProps["upload"] }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<"idle" | "uploading" | "attached">("idle");

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    upload.onUploaded(null);
    if (!chosen) {
      setState("idle");
      return;
    }
    setState("uploading");
    try {
      const uploaded = await uploadApplicationFile(upload.ws, upload.programKey, question.key, chosen);
      upload.onUploaded(uploaded.uploadId);
      setState("attached");
    } catch (failure) {
      setState("idle");
      setFile(null);
      upload.onError(problemMessage(failure, t));
    }
  };

  const accepts = t("applications.apply.file.accepts", { types: describeAccept(question.accept), size: question.maxSizeMb });
  return (
    <Stack gap={4}>
      <FileInput
        label={question.label}
        description={[question.help, accepts].filter(Boolean).join(" ")}
        required={question.required}
        withAsterisk={question.required}
        placeholder={t("applications.apply.file.choose")}
        accept={question.accept.join(",")}
        leftSection={<IconPaperclip size={16} aria-hidden />}
        clearable
        value={file}
        onChange={(chosen) => void choose(chosen)}
        error={typeof error === "string" ? error : undefined}
        disabled={state === "uploading"}
      />
      <Group gap="xs" aria-live="polite">
        {state === "uploading" && file && <Text size="xs">{t("applications.apply.file.uploading", { name: file.name })}</Text>}
        {state === "attached" && file && (
          <Text size="xs" c="green.9">
            {t("applications.apply.file.attached", { name: file.name })}{" "}
            <Anchor component="button" type="button" size="xs" onClick={() => void choose(null)}>
              {t("applications.apply.file.remove")}
            </Anchor>
          </Text>
        )}
      </Group>
    </Stack>
  );
}

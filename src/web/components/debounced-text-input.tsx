import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";

interface DebouncedTextInputProps extends Omit<TextInputProps, "value" | "onChange"> {
  /** The value in the URL. */
  value: string | undefined;
  /** Called once typing pauses, with undefined for an empty box. */
  onSettled: (value: string | undefined) => void;
  delay?: number;
}

/**
 * A filter box that tells the URL (and so the server) about words, not keystrokes. When the URL
 * changes under it (back button, "clear filters") it follows, without undoing what is being typed.
 */
export function DebouncedTextInput({ value, onSettled, delay = 300, ...props }: DebouncedTextInputProps) {
  const [text, setText] = useState(value ?? "");
  const pushed = useRef(value ?? "");

  useEffect(() => {
    const fromUrl = value ?? "";
    if (fromUrl !== pushed.current) {
      pushed.current = fromUrl;
      setText(fromUrl);
    }
  }, [value]);

  const push = useDebouncedCallback((next: string) => {
    pushed.current = next;
    onSettled(next || undefined);
  }, delay);

  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
    />
  );
}

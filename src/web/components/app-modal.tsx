import { Modal, type MantineSize } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize | number;
  closeOnClickOutside?: boolean;
  children: ReactNode;
}

/**
 * Mantine's Modal, built from its parts so that the close button has a name and the header is
 * not a second "banner" landmark (axe flags both on the stock Modal).
 */
export function AppModal({ opened, onClose, title, size = "md", closeOnClickOutside = true, children }: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} centered closeOnClickOutside={closeOnClickOutside}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t("common.close")} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

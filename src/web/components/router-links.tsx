import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps, UnstyledButton, type UnstyledButtonProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

/** Mantine's look with the router's typed `to`/`params`/`search` and client-side navigation. */
function AnchorBase(props: AnchorProps & ComponentPropsWithRef<"a">) {
  return <Anchor {...props} />;
}
export const AnchorLink = createLink(AnchorBase);

function ButtonBase(props: ButtonProps & ComponentPropsWithRef<"a">) {
  return <Button component="a" {...props} />;
}
export const ButtonLink = createLink(ButtonBase);

function NavLinkBase(props: NavLinkProps & ComponentPropsWithRef<"a">) {
  return <NavLink component="a" {...props} />;
}
export const NavLinkLink = createLink(NavLinkBase);

function UnstyledBase(props: UnstyledButtonProps & ComponentPropsWithRef<"a">) {
  return <UnstyledButton component="a" {...props} />;
}
export const UnstyledLink = createLink(UnstyledBase);

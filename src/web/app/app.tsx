import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { meQuery } from "../features/auth/api";
import { createQueryClient } from "./query-client";
import { createAppRouter } from "./router";
import { cssVariablesResolver, theme } from "./theme";

const queryClient = createQueryClient(() => {
  // The session ended while someone was in the app: forget who they were and ask them to sign in.
  const { pathname, href } = router.state.location;
  if (!pathname.startsWith("/w/") && pathname !== "/") return;
  queryClient.setQueryData(meQuery.queryKey, null);
  void router.navigate({ to: "/sign-in", search: { redirect: href } });
});
const router = createAppRouter(queryClient);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

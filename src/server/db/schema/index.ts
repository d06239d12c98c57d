export * from "./auth";
export * from "./workspaces";
export * from "./partners";
export * from "./records";
export * from "./journeys";
export * from "./recruiting";
export * from "./relationship";
export * from "./relationship-insights";

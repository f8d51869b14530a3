import type { KeyPair } from "../store/accounts-store.js";

export type SeedAccount = {
  accountID: string;
  displayName: string;
  domain: string;
  keys: KeyPair;
  /** The partner this account is connected to, if any. */
  connectedTo?: string;
};

export const harborId = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";

/** The IDs and keys are a contract (notes/contracts.md): tests and the demo sign in with them. */
export const demoAccounts: SeedAccount[] = [
  {
    accountID: harborId,
    displayName: "Harbor Platform",
    domain: "harbor.example",
    keys: { publicKey: "pk_harbor_demo", privateKey: "sk_harbor_demo_7f3c9a" },
  },
  {
    accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000002",
    displayName: "Bluebird Coffee",
    domain: "bluebird.example",
    keys: { publicKey: "pk_bluebird_demo", privateKey: "sk_bluebird_demo_1d8e4b" },
    connectedTo: harborId,
  },
  {
    accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000003",
    displayName: "Cedar & Pine Outfitters",
    domain: "cedar.example",
    keys: { publicKey: "pk_cedar_demo", privateKey: "sk_cedar_demo_9a2f6c" },
    connectedTo: harborId,
  },
  {
    accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000004",
    displayName: "Lumen Yoga Studio",
    domain: "lumen.example",
    keys: { publicKey: "pk_lumen_demo", privateKey: "sk_lumen_demo_4c7b1e" },
    connectedTo: harborId,
  },
  {
    accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000005",
    displayName: "Quayside Books",
    domain: "quayside.example",
    keys: { publicKey: "pk_quayside_demo", privateKey: "sk_quayside_demo_6e3d8a" },
    connectedTo: harborId,
  },
  {
    accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000006",
    displayName: "Orchard Dental",
    domain: "orchard.example",
    keys: { publicKey: "pk_orchard_demo", privateKey: "sk_orchard_demo_2b9f5d" },
  },
];

export const contactNames = [
  "Maya Okafor",
  "Daniel Reyes",
  "Hannah Lindqvist",
  "Omar Haddad",
  "Grace Kim",
  "Tomás Alvarez",
  "Nina Petrova",
  "Luke Brennan",
  "Aisha Bello",
  "Jonah Weiss",
];

export const staffAuthors = [
  "Priya (Moov Support)",
  "Marcus (Moov Support)",
  "Elena (Moov Support)",
  "Sam (Moov Support)",
];

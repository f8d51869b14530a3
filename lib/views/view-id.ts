import { randomBytes } from "node:crypto";

/** 128 random bits, base64url (22 characters). */
export const newViewID = () => randomBytes(16).toString("base64url");

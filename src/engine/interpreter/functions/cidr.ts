import { celFunc, CelScalar } from "@bufbuild/cel";
import * as plain from "../../functions/cidr.js";

const { BOOL, STRING } = CelScalar;

/* The address functions as CEL declares them (their behaviour: ../../functions/cidr.ts). */

export const cidrContains = celFunc("cidrContains", [STRING, STRING], BOOL, plain.cidrContains);
export const cidrOverlaps = celFunc("cidrOverlaps", [STRING, STRING], BOOL, plain.cidrOverlaps);
export const isCidr = celFunc("isCidr", [STRING], BOOL, plain.isCidr);
export const isAllAddresses = celFunc("isAllAddresses", [STRING], BOOL, plain.isAllAddresses);

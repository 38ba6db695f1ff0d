/**
 * Paths skipped when the config sets no `ignore` of its own: trees that hold test fixtures,
 * which are written to exercise code (a realm export with OTP off, a Terraform configuration
 * for a provider's acceptance test) rather than to be deployed. A finding there would be
 * about a file nobody runs. A config with `ignore` replaces this list (list these globs in it
 * to keep them), and a path named on the command line is scanned anyway.
 */
export const DEFAULT_IGNORE: readonly string[] = [
  "**/src/test/resources/**",
  "**/src/it/resources/**",
  "**/testdata/**",
  "**/test/fixtures/**",
  "**/tests/fixtures/**",
  "**/spec/fixtures/**",
  "**/__fixtures__/**",
];

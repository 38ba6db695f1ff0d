/** Generated inputs for the benchmark: shapes of real files, at sizes of large repositories. */

/** One big .tf file: security groups, databases, Cloudflare rulesets and bucket policies with heredocs. */
export function terraformModule(count) {
  const blocks = [];
  for (let i = 0; i < count; i++) {
    if (i % 4 === 0) {
      blocks.push(
        `resource "aws_security_group" "sg${i}" {\n  name   = "sg-${i}"\n  vpc_id = var.vpc_id\n\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.${i % 256}.0.0/16"] # office\n  }\n\n  egress {\n    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    cidr_blocks      = ["0.0.0.0/0"]\n    ipv6_cidr_blocks = ["::/0"]\n  }\n\n  tags = merge(var.tags, { Name = "sg-${i}" })\n}\n`,
      );
    } else if (i % 4 === 1) {
      blocks.push(
        `resource "aws_db_instance" "db${i}" {\n  count                   = var.create ? 1 : 0\n  identifier              = "db-${i}"\n  engine                  = "postgres"\n  storage_encrypted       = true\n  backup_retention_period = 7\n  kms_key_id              = aws_kms_key.db.arn\n  vpc_security_group_ids  = [aws_security_group.sg${i - 1}.id]\n}\n`,
      );
    } else if (i % 4 === 2) {
      blocks.push(
        `resource "cloudflare_ruleset" "r${i}" {\n  zone_id = var.zone_id\n  kind    = "zone"\n  phase   = "http_request_cache_settings"\n  rules = [{\n    action     = "set_cache_settings"\n    expression = "starts_with(http.request.uri.path, \\"/p${i}\\")"\n    action_parameters = {\n      cache    = false\n      edge_ttl = { mode = "override_origin", default = 7200 }\n    }\n  }]\n}\n`,
      );
    } else {
      blocks.push(
        `resource "aws_s3_bucket_policy" "p${i}" {\n  bucket = aws_s3_bucket.b.id\n  policy = <<-EOF\n    {\n      "Statement": [{ "Effect": "Allow", "Principal": "*" }]\n    }\n  EOF\n}\n`,
      );
    }
  }
  return blocks.join("\n");
}

/** A Kubernetes Deployment with a pinned image (no finding) or a moving tag (one finding). */
export function deployment(i) {
  const image = i % 10 === 0 ? "nginx:latest" : `nginx:1.27.${i % 5}@sha256:${"a".repeat(64)}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 20}
  labels:
    app.kubernetes.io/name: web-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: web-${i}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web-${i}
    spec:
      containers:
        - name: web
          image: ${image}
          ports:
            - containerPort: 8080
          resources:
            limits: { cpu: 500m, memory: 256Mi }
`;
}

/** An nginx site with a FastCGI cache, half of them excluding the form pages. */
export function nginxSite(i) {
  const skip = i % 2 === 0 ? "(/contact/|/toiawase/|/mypage/|/cart/|/checkout/|/my-account/|/login/|/inquiry/|/form/|/entry/|/reserve/|/shiryo/|/satei/|/wp-login.php)" : "(/wp-admin/)";
  return `fastcgi_cache_path /var/cache/nginx/s${i} levels=1:2 keys_zone=S${i}:10m inactive=60m;
server {
  listen 443 ssl;
  server_name s${i}.example.com;
  set $skip_cache 0;
  if ($request_uri ~* "${skip}") { set $skip_cache 1; }
  if ($http_cookie ~* "wordpress_logged_in|PHPSESSID|comment_author") { set $skip_cache 1; }
  location ~ \.php$ {
    fastcgi_pass unix:/run/php/php-fpm.sock;
    fastcgi_cache S${i};
    fastcgi_cache_valid 200 10m;
    fastcgi_cache_bypass $skip_cache;
    fastcgi_no_cache $skip_cache;
  }
}
`;
}

/** A GitHub Actions workflow with a pinned and a floating action. */
export function workflow(i) {
  return `name: ci-${i}
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@${"b".repeat(40)}
        with:
          node-version: 22
      - run: npm ci && npm test
`;
}

/** A WordPress wp-config.php with WP Super Cache switched on. */
export function wpConfig(i) {
  return `<?php
define( 'DB_NAME', 'site${i}' );
define( 'DB_USER', 'wp' );
define( 'DB_HOST', 'db.internal' );
define( 'WP_CACHE', true );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`;
}

/** A source file no policy reads (most of a real repository). */
export function sourceFile(i) {
  return `export function handler${i}(request) {\n  const id = request.params.id;\n  return { status: 200, body: JSON.stringify({ id, n: ${i} }) };\n}\n`;
}

/** A Markdown page no policy reads. */
export function page(i) {
  return `# Page ${i}\n\nSome text about component ${i}, with a [link](https://example.com/${i}).\n`;
}

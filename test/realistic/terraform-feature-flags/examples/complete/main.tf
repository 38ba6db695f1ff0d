# The module called with its defaults: the security group is not created, so its
# allow-all egress is nothing to report (NR-EGR-004 must not fire).
module "database" {
  source = "../../modules/database"
  vpc_id = "vpc-0123456789abcdef0"
}

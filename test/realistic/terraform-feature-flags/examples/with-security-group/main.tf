# The same module with the security group switched on: now it exists, and its
# allow-all egress in front of the database is reported (NR-EGR-004), once.
module "database" {
  source                = "../../modules/database"
  vpc_id                = "vpc-0123456789abcdef0"
  create_security_group = true
}

variable "vpc_id" {
  type = string
}

resource "aws_security_group" "crm_db" {
  name        = "crm-db"
  description = "PostgreSQL for the CRM"
  vpc_id      = var.vpc_id
}

# Added "temporarily" so the database could download an extension.
resource "aws_vpc_security_group_egress_rule" "crm_db_all" {
  security_group_id = aws_security_group.crm_db.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_db_instance" "crm" {
  identifier              = "crm-prod"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = true
  backup_retention_period = 7
  vpc_security_group_ids  = [aws_security_group.crm_db.id]

  tags = {
    data-classification = "personal"
  }
}

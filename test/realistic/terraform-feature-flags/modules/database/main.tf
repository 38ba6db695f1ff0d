# A reusable module: the database security group is created only when a caller asks for it.
variable "create_security_group" {
  description = "Whether to create a security group for the database"
  type        = bool
  default     = false
}

variable "vpc_id" {
  type = string
}

resource "aws_security_group" "db" {
  count       = var.create_security_group ? 1 : 0
  name        = "orders-db"
  description = "PostgreSQL for orders"
  vpc_id      = var.vpc_id

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "orders" {
  identifier             = "orders"
  engine                 = "postgres"
  instance_class         = "db.t4g.small"
  allocated_storage      = 20
  vpc_security_group_ids = aws_security_group.db[*].id
}

# A small AWS account for a customer portal: one database, one application server.
# It repeats three mistakes the incident catalogue warns about; see README.md.

resource "aws_db_instance" "customers" {
  identifier          = "customers"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  publicly_accessible = true

  tags = {
    data-classification = "personal"
  }
}

resource "aws_instance" "portal" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  tags = {
    Name = "customer-portal"
  }
}

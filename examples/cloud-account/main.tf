# A small AWS account for a members' service: one deliberate mistake per domain
# (encryption, exposure, logs, backups, passwords, instance metadata).

resource "aws_kms_key" "members" {
  description         = "members database and exports"
  enable_key_rotation = true
}

resource "aws_db_instance" "members" {
  identifier              = "members-prod"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = false
  backup_retention_period = 1
  publicly_accessible     = false
  vpc_security_group_ids  = [aws_security_group.admin.id]

  tags = {
    data-classification = "personal"
  }
}

resource "aws_security_group" "admin" {
  name   = "members-admin"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH for the operators"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "batch" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.small"
  vpc_security_group_ids = [aws_security_group.admin.id]

  metadata_options {
    http_tokens = "optional"
  }
}

resource "aws_cloudtrail" "account" {
  name                       = "account"
  s3_bucket_name             = "example-members-trail"
  is_multi_region_trail      = false
  enable_log_file_validation = true
}

resource "aws_iam_account_password_policy" "account" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  password_reuse_prevention      = 3
}

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  backend "s3" {
    bucket         = "example-shop-tfstate"
    key            = "shop/prod.tfstate"
    region         = "ap-northeast-1"
    dynamodb_table = "example-shop-tflock"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "shop"
      Environment = "prod"
      ManagedBy   = "terraform"
    }
  }
}

variable "region" {
  type    = string
  default = "ap-northeast-1"
}

variable "vpc_id" {
  type        = string
  description = "VPC of the EKS cluster."
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "Private subnets for the database."
}

variable "eks_node_security_group_id" {
  type        = string
  description = "Security group of the EKS worker nodes (the only database clients)."
}

# --- Database: the shop's MariaDB moves from the in-cluster StatefulSet to RDS ---

resource "aws_db_subnet_group" "shop" {
  name       = "shop-prod"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "shop_db" {
  name        = "shop-prod-db"
  description = "MariaDB for the shop"
  vpc_id      = var.vpc_id

  ingress {
    description     = "MariaDB from EKS nodes"
    from_port       = 3306
    to_port         = 3306
    protocol        = "tcp"
    security_groups = [var.eks_node_security_group_id]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-prod-mariadb1011"
  family = "mariadb10.11"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }

  parameter {
    name  = "slow_query_log"
    value = "1"
  }
}

resource "aws_db_instance" "shop" {
  identifier     = "shop-prod"
  engine         = "mariadb"
  engine_version = "10.11.9"
  instance_class = "db.t4g.medium"

  allocated_storage     = 50
  max_allocated_storage = 200
  storage_type          = "gp3"
  storage_encrypted     = true

  db_name                     = "wordpress"
  username                    = "wpadmin"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.shop.name
  vpc_security_group_ids = [aws_security_group.shop_db.id]
  parameter_group_name   = aws_db_parameter_group.shop.name
  publicly_accessible    = false
  multi_az               = true

  backup_retention_period    = 7
  backup_window              = "17:00-17:30"
  maintenance_window         = "sun:18:00-sun:19:00"
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true

  enabled_cloudwatch_logs_exports = ["error", "slowquery"]

  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "shop-prod-final"

  tags = {
    data-classification = "personal"
  }
}

# --- Media: WordPress uploads offloaded to S3 ---

resource "aws_s3_bucket" "media" {
  bucket = "example-shop-media-prod"

  tags = {
    data-classification = "public"
  }
}

resource "aws_s3_bucket_ownership_controls" "media" {
  bucket = aws_s3_bucket.media.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "media" {
  bucket = aws_s3_bucket.media.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = aws_s3_bucket.media.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = aws_s3_bucket.media.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "media" {
  bucket = aws_s3_bucket.media.id

  rule {
    id     = "expire-old-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

output "db_endpoint" {
  value = aws_db_instance.shop.address
}

output "media_bucket" {
  value = aws_s3_bucket.media.bucket
}

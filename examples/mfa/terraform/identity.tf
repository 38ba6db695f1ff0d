resource "azuread_conditional_access_policy" "all_users_mfa" {
  display_name = "CA001: Require MFA for all users"
  state        = "enabledForReportingButNotEnforced"

  conditions {
    client_app_types = ["all"]

    applications {
      included_applications = ["All"]
    }

    users {
      included_users = ["All"]
    }
  }

  grant_controls {
    operator          = "OR"
    built_in_controls = ["mfa"]
  }
}

data "aws_iam_policy_document" "require_mfa" {
  statement {
    sid         = "DenyWithoutMFA"
    effect      = "Deny"
    not_actions = ["iam:*MFA*", "iam:ChangePassword", "iam:GetUser", "sts:GetSessionToken"]
    resources   = ["*"]

    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_group_policy" "require_mfa" {
  name   = "require-mfa"
  group  = "developers"
  policy = data.aws_iam_policy_document.require_mfa.json
}

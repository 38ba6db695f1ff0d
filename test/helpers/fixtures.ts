/** A test policy: Deployment images must be pinned. */
export const POLICY = `id: T-IMG-001
title: Images are pinned
severity: medium
description: Test policy.
incidents:
  - id: tokyo-theatre-2024-02
    lesson: Updates arrive as reviewed changes.
target:
  kind: kubernetes-object
  where: "subject.kind == 'Deployment'"
  select: ["spec.template.spec.containers[*]"]
assert:
  - cel: "subject.image.matches(':[^/:]+$') && !subject.image.endsWith(':latest')"
    path: image
    message: "{{ subject.name }} uses {{ subject.image }}"
remediation:
  summary: Pin it.
`;

/** A Deployment whose image (line 9, column 18) fails T-IMG-001. */
export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - image: nginx:latest
          name: web
`;

/** A low-severity test policy with one assertion over every Kubernetes object. */
export function kubernetesObjectPolicy(id: string, title: string, cel: string, remediation: string): string {
  return `id: ${id}
title: ${title}
severity: low
description: Test policy.
incidents: []
target: { kind: kubernetes-object }
assert:
  - cel: "${cel}"
remediation: { summary: ${remediation} }
`;
}

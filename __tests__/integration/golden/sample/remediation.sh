#!/bin/sh
# aws-ipv4-audit: recommended actions for the scan of SCAN_TIME.
# Every line is commented out. Read each action, decide, and uncomment the commands you choose
# to run (they need credentials that may change the resources). The audit changed nothing.
#
# ==== Account 111111111111, region us-east-1 ====
#
# 3.220.40.1 on eni-0a00000000000008 (Unattached ENI): HIGH: The interface is not attached to any resource. Saves $3.65 a month.
# Disassociate the Elastic IP from the interface, then release it.
# aws ec2 disassociate-address --association-id eipassoc-0a000000000000003 --region us-east-1
# aws ec2 release-address --allocation-id eipalloc-0a000000000000003 --region us-east-1
#
# 3.220.50.1 on eipalloc-0a000000000000004: an Elastic IP associated with nothing. Saves $3.65 a month.
# The Elastic IP is associated with nothing and is charged all the same: release it.
# aws ec2 release-address --allocation-id eipalloc-0a000000000000004 --region us-east-1
#
# 54.210.10.3 on eni-0a00000000000002 (EC2 Instance, i-0a00000000000002): MODERATE: Only tcp port 22 is open to public IPv4 ranges; consider EC2 Instance Connect. Saves $3.65 a month.
# Only SSH is open to the internet: reach the instance through an EC2 Instance Connect Endpoint, then remove the public address.
# (no single command does it: see the advice above)
#
# 54.210.10.4 on eni-0a00000000000003 (EC2 Instance, i-0a00000000000003): HIGH: No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface. Saves $3.65 a month.
# Remove the auto-assigned public IPv4 address from the interface.
# aws ec2 modify-network-interface-attribute --network-interface-id eni-0a00000000000003 --no-associate-public-ip-address --region us-east-1
#
# 81.2.69.10 on eipalloc-0a000000000000005: an Elastic IP associated with nothing. Saves nothing directly.
# The Elastic IP is associated with nothing: release it. It returns to your BYOIP pool, so it saves nothing.
# aws ec2 release-address --allocation-id eipalloc-0a000000000000005 --region us-east-1
#
# subnet-0a0000000000000a2 (vpc-0a1b2c3d4e5f60001): auto-assigns public IPv4 addresses without an internet gateway route. Saves nothing directly.
# The subnet gives new instances public addresses that cannot reach an internet gateway: stop auto-assigning them. (Addresses already given are listed in eni_public_ips.)
# aws ec2 modify-subnet-attribute --subnet-id subnet-0a0000000000000a2 --no-map-public-ip-on-launch --region us-east-1
#
# ==== Account 222222222222, region eu-west-1 ====
#
# 52.30.22.1 on eni-0b00000000000022 (RDS DB Instance): HIGH: The route table of the subnet has no active route to an internet gateway. Saves $3.65 a month.
# Turn off the DB instance's Publicly accessible setting (aws rds modify-db-instance --no-publicly-accessible); the interface does not name the instance.
# (no single command does it: see the advice above)
#
# 52.30.23.1 on eni-0b00000000000023 (ECS Task): HIGH: No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface. Saves $3.65 a month.
# Set assignPublicIp to DISABLED in the service's awsvpcConfiguration and reach the internet through a NAT gateway or VPC endpoints instead.
# (no single command does it: see the advice above)
#
# 52.30.25.1 on eni-0b00000000000025 (DMS Replication Instance): HIGH: No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface. Saves $3.65 a month.
# Recreate the replication instance without Publicly accessible (it cannot be changed in place); the interface does not name it.
# (no single command does it: see the advice above)
#
# 52.30.29.1 on eni-0b00000000000029 (NAT Gateway, nat-0b1c2d3e4f5a60029): HIGH: The route table of the subnet has no active route to an internet gateway. Saves $3.65 a month.
# Nothing reaches the internet through this NAT gateway: delete NAT gateway nat-0b1c2d3e4f5a60029, then release its Elastic IP eipalloc-0b000000000000003. Only the interface's description names the gateway: check it in the VPC console before deleting.
# (no single command does it: see the advice above)
#
# ==== Account 222222222222, region us-east-1 ====
#
# 3.230.10.1 on eipalloc-0b000000000000001: an Elastic IP associated with nothing. Saves $3.65 a month.
# The Elastic IP is associated with nothing and is charged all the same: release it.
# aws ec2 release-address --allocation-id eipalloc-0b000000000000001 --region us-east-1
#

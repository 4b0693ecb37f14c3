// The SDK's credential chain must never probe the instance-metadata address from a test.
process.env.AWS_EC2_METADATA_DISABLED = 'true';

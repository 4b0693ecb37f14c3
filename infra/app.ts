import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PortalStack } from './portal-stack';
import { deploymentEnv } from './settings';

/** One stack, checked against the AWS Solutions rules: any unacknowledged finding fails synth. */
const app = new App();
new PortalStack(app, 'Guichet', { env: deploymentEnv() });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addPortal } from './portal';

/** One stage's stacks (`-c stage=dev|staging|production`), checked against the AWS Solutions rules: any unacknowledged finding fails synth. */
const app = new App();
addPortal(app);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

/**
 * SES v2 mailer for AWS. The client module is imported on first send, so the API's
 * cold start does not pay for it on requests that send no mail. Every email names
 * the stack's configuration set, whose bounce and complaint rates the alarms watch.
 */
import type { SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import type { CaptureClient } from '../observability/tracing';
import type { Mail, Mailer } from '../store/store-ports';

export type SesMailerOptions = {
  region: string;
  from: string;
  /** SES_CONFIGURATION_SET; without it SES counts the mail in the account's figures only. */
  configurationSet?: string | undefined;
  /** X-Ray capture of the client, when tracing is on. */
  capture?: CaptureClient | undefined;
};

/** What SendEmail is given for one mail: plain UTF-8 text, from the portal's address, in its configuration set. */
export function sendEmailInput(mail: Mail, options: Pick<SesMailerOptions, 'from' | 'configurationSet'>): SendEmailCommandInput {
  return {
    FromEmailAddress: options.from,
    Destination: { ToAddresses: [mail.to] },
    Content: {
      Simple: {
        Subject: { Data: mail.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
      },
    },
    ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
  };
}

export function createSesMailer(options: SesMailerOptions): Mailer {
  let client: Promise<{ send: (mail: Mail) => Promise<void> }> | undefined;
  const load = async () => {
    const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
    const created = new SESv2Client({ region: options.region });
    const ses = options.capture ? options.capture(created) : created;
    return {
      send: async (mail: Mail) => {
        await ses.send(new SendEmailCommand(sendEmailInput(mail, options)));
      },
    };
  };
  return {
    async send(mail) {
      client ??= load();
      await (await client).send(mail);
    },
  };
}

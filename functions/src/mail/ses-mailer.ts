/**
 * SES v2 mailer for AWS. The client module is imported on first send, so the API's
 * cold start does not pay for it on requests that send no mail.
 */
import type { Mail, Mailer } from '../store/store-ports';

export function createSesMailer(options: { region: string; from: string }): Mailer {
  let client: Promise<{ send: (mail: Mail) => Promise<void> }> | undefined;
  const load = async () => {
    const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
    const ses = new SESv2Client({ region: options.region });
    return {
      send: async (mail: Mail) => {
        await ses.send(
          new SendEmailCommand({
            FromEmailAddress: options.from,
            Destination: { ToAddresses: [mail.to] },
            Content: {
              Simple: {
                Subject: { Data: mail.subject, Charset: 'UTF-8' },
                Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
              },
            },
          }),
        );
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

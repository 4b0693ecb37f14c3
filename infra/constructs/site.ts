import {
  BOOTSTRAP_QUALIFIER_CONTEXT,
  DefaultStackSynthesizer,
  Duration,
  RemovalPolicy,
  Stack,
  Validations,
} from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export interface SiteProps {
  /** The HTTP API that `/api/*` is routed to, so the SPA and API share one origin. */
  readonly api: IHttpApi;
  /** Origin the SPA uploads documents to; the CSP's `connect-src` must name it. */
  readonly uploadOrigin: string;
  readonly accessLogsBucket: IBucket;
  /** The built SPA (frontend/dist); when absent the bucket is created empty. */
  readonly assetsPath?: string;
  /** A custom domain and its ACM certificate (which CloudFront requires in us-east-1). */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
}

/**
 * Rewrites every extension-less path (a client-side route such as `/applications/42`)
 * to `/index.html`. It runs only on the default (S3) behaviour, so unlike a
 * distribution-wide 403/404 error response it can never turn an API 404 into the SPA.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;

/**
 * The CSP for the SPA's HTML. In AWS the HTML comes from S3, not from the Hono app, so
 * CloudFront must send the same policy the app's secure-headers middleware sends locally.
 */
export function spaContentSecurityPolicy(uploadOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${uploadOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The SolidJS SPA in a private bucket behind CloudFront (Origin Access Control), with
 * `/api/*` forwarded uncached to the HTTP API on the same origin: no CORS, and SameSite
 * session cookies just work.
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://` plus the custom domain or the CloudFront domain. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Guichet SPA security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: spaContentSecurityPolicy(props.uploadOrigin),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for client-side routes',
    });

    const apiDomain = `${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
    const certificate = props.domain
      ? Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn)
      : undefined;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Guichet: SPA and /api',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Applicants and staff are in France: Europe and North America edges suffice.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
      ...(props.domain && certificate
        ? {
            domainNames: [props.domain.name],
            certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Forward cookies, query strings and headers, but not Host: API Gateway routes on it.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });
    this.origin = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    // Deployed only when the SPA has been built, so `cdk synth` and the infra tests run
    // in CI before `npm run build`; a deploy without it leaves the bucket as it was.
    if (props.assetsPath) {
      const deployment = new BucketDeployment(this, 'Deploy', {
        sources: [Source.asset(props.assetsPath)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        // Keep the previous build's hashed chunks so a tab opened before a deploy can still load them.
        prune: false,
        memoryLimit: 256,
      });
      this.acknowledgeDeploymentFindings(deployment);
    }

    this.acknowledgeEdgeFindings(props.domain !== undefined);
  }

  /**
   * BucketDeployment's handler is CDK's deploy-time copier: it runs only while
   * CloudFormation deploys, and CDK fixes its role, managed policy and grants.
   */
  private acknowledgeDeploymentFindings(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const qualifier: string =
      this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const assetsBucket = `arn:${stack.partition}:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}`;
    const siteBucketId = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const copierReason =
      'CDK grants its deployment handler read on the bootstrap assets bucket and read-write on the site bucket, with wildcards it does not let us narrow.';
    // The role's parent is the handler function itself, so this covers both.
    const handler = deployment.handlerRole.node.scope ?? deployment.handlerRole;
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason: 'CDK picks and pins the Python runtime of its deployment handler.',
      },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK attaches the basic execution policy to its deployment handler; it is not configurable.',
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: copierReason,
      })),
      { id: `AwsSolutions-IAM5[Resource::${assetsBucket}/*]`, reason: copierReason },
      { id: `AwsSolutions-IAM5[Resource::<${siteBucketId}.Arn>/*]`, reason: copierReason },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'CDK grants cloudfront:CreateInvalidation/GetInvalidation on * to invalidate the site after each upload.',
      },
    );
  }

  private acknowledgeEdgeFindings(customDomain: boolean): void {
    const distribution = Validations.of(this.distribution);
    distribution.acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: applicants and staff of the French authority legitimately connect from abroad (travel, cross-border projects); access is controlled by sign-in.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF web ACL (a per-month cost out of proportion here): the API applies stage throttling and per-email/per-IP rate limits on sign-in codes, and the rest is static files.',
      },
    );
    if (!customDomain) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum TLS version cannot be set; pass siteDomain and siteCertificateArn to get TLSv1.2_2021.',
      });
    }
  }
}

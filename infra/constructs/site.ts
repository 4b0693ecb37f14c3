import { BOOTSTRAP_QUALIFIER_CONTEXT, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
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
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

/**
 * The request headers CloudFront forwards to the API (at most 10 in a policy). The API
 * reads these and no other: a header it starts reading must be added here, and
 * CloudFront-Viewer-Address is the one the rate limits count by.
 */
export const API_ORIGIN_HEADERS = [
  'CloudFront-Viewer-Address',
  'Origin',
  'Sec-Fetch-Site',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'Referer',
] as const;

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
  /** A CLOUDFRONT-scope WAFv2 web ACL (see edge-stack.ts); none keeps CloudFront's own protections. */
  readonly webAclArn?: string;
  /**
   * A header CloudFront adds to every request it sends the API, so the API can refuse
   * requests that reach its execute-api URL directly (see portal-stack.ts).
   */
  readonly originVerify?: { readonly headerName: string; readonly headerValue: string };
}

/**
 * Headers the local server sets through Hono's secure-headers
 * (functions/src/middleware/security.ts) and CloudFront must send too, since in AWS
 * the HTML comes from S3.
 */
export const CUSTOM_SECURITY_HEADERS = {
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The SPA's entry points (index.html, favicon…): the browser asks again every time, so a deploy shows at once. */
export const HTML_CACHE_CONTROL = 'no-cache';
/** Vite's hashed chunks under /assets/: a new build gives new names, so they never change. */
export const ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

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
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });

    const securityHeadersBehavior = {
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
    };
    const customHeaders = (cacheControl: string) => ({
      customHeaders: [
        ...Object.entries(CUSTOM_SECURITY_HEADERS).map(([header, value]) => ({ header, value, override: true })),
        { header: 'Cache-Control', value: cacheControl, override: true },
      ],
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Guichet SPA: security headers, HTML revalidated on every visit',
      securityHeadersBehavior,
      customHeadersBehavior: customHeaders(HTML_CACHE_CONTROL),
    });
    const assetHeaders = new ResponseHeadersPolicy(this, 'AssetHeaders', {
      comment: 'Guichet hashed assets: security headers, cached for a year',
      securityHeadersBehavior,
      customHeadersBehavior: customHeaders(ASSETS_CACHE_CONTROL),
    });

    // Both compress (Brotli and gzip); compression needs a maximum TTL above zero, so
    // the HTML policy keeps the edge from caching by its default of 0 and a deploy
    // invalidates what an origin header might have let it keep.
    const htmlCache = new CachePolicy(this, 'HtmlCache', {
      comment: 'Guichet index.html and other unhashed files: not cached by default',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });
    const assetsCache = new CachePolicy(this, 'AssetsCache', {
      comment: 'Guichet hashed assets: immutable, a year at the edge',
      minTtl: Duration.days(365),
      defaultTtl: Duration.days(365),
      maxTtl: Duration.days(365),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });

    // The managed AllViewerExceptHostHeader policy forwards the viewer's own headers
    // (allExcept Host) but none that CloudFront adds, so CloudFront-Viewer-Address, the
    // only trustworthy client address behind CloudFront, never reached the API. This one
    // names what the API reads: the viewer address for rate limits, Origin and
    // Sec-Fetch-Site for the same-origin check, Content-Type for the JSON check; Host is
    // left out because API Gateway routes on its own hostname.
    const apiRequests = new OriginRequestPolicy(this, 'ApiRequests', {
      comment: 'Guichet API: cookies, query strings, the headers the API reads and the viewer address',
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_ORIGIN_HEADERS),
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for client-side routes',
    });

    const apiDomain = `${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
    const certificate = props.domain ? Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn) : undefined;

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Guichet ${stack.stackName}: SPA and /api`,
      webAclId: props.webAclArn,
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
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: htmlCache,
        compress: true,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: assetsCache,
          compress: true,
          responseHeadersPolicy: assetHeaders,
        },
        '/api/*': {
          origin: new HttpOrigin(apiDomain, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
            customHeaders: props.originVerify ? { [props.originVerify.headerName]: props.originVerify.headerValue } : undefined,
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: apiRequests,
        },
      },
    });
    this.origin = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    // Deployed only when the SPA has been built, so `cdk synth` and the infra tests run
    // in CI before `npm run build`; a deploy without it leaves the bucket as it was
    // (`npm run deploy` always builds first). The hashed chunks go first, with their
    // year-long Cache-Control, then the HTML that names them, so no visitor ever gets an
    // index.html whose chunks are not there yet.
    if (props.assetsPath) {
      const assets = new BucketDeployment(this, 'DeployAssets', {
        sources: [Source.asset(props.assetsPath)],
        destinationBucket: this.bucket,
        include: ['assets/*'],
        exclude: ['*'],
        cacheControl: [CacheControl.fromString(ASSETS_CACHE_CONTROL)],
        // Keep the previous build's hashed chunks so a tab opened before a deploy can still load them.
        prune: false,
        memoryLimit: 256,
      });
      const html = new BucketDeployment(this, 'Deploy', {
        sources: [Source.asset(props.assetsPath)],
        destinationBucket: this.bucket,
        exclude: ['assets/*'],
        cacheControl: [CacheControl.fromString(HTML_CACHE_CONTROL)],
        distribution: this.distribution,
        distributionPaths: ['/*'],
        prune: false,
        memoryLimit: 256,
      });
      html.node.addDependency(assets);
      this.acknowledgeDeploymentFindings(html);
    }

    this.acknowledgeEdgeFindings(props.domain !== undefined, props.webAclArn !== undefined);
  }

  /**
   * BucketDeployment's handler is CDK's deploy-time copier: it runs only while
   * CloudFormation deploys, and CDK fixes its role, managed policy and grants.
   */
  private acknowledgeDeploymentFindings(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const qualifier: string = this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
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

  private acknowledgeEdgeFindings(customDomain: boolean, webAcl: boolean): void {
    const distribution = Validations.of(this.distribution);
    distribution.acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: applicants and staff of the French authority legitimately connect from abroad (travel, cross-border projects); access is controlled by sign-in.',
    });
    if (!webAcl) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'WAF is opt-in (-c waf=true or -c webAclArn=…), a monthly cost a small authority may not want: without it the API applies stage throttling and per-email/per-IP rate limits on sign-in codes, and the rest is static files.',
      });
    }
    if (!customDomain) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum TLS version cannot be set; pass siteDomain and siteCertificateArn to get TLSv1.2_2021.',
      });
    }
  }
}

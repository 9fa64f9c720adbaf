// The two modules of rate-limiter-flexible the rate limits use, imported alone so that a function's
// bundle carries neither the package's other stores nor their clients.
declare module 'rate-limiter-flexible/lib/RateLimiterDynamo.js' {
  import { RateLimiterDynamo } from 'rate-limiter-flexible';
  export = RateLimiterDynamo;
}

declare module 'rate-limiter-flexible/lib/RateLimiterRes.js' {
  import { RateLimiterRes } from 'rate-limiter-flexible';
  export = RateLimiterRes;
}

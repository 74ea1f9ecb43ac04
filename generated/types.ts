// Generated from openapi/ by `npm run generate`. Do not edit by hand.

export interface paths {
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer to update: either the Juspay id from the Create Customer response
                 *     (`cst_om2l6ctlptxwxuzj`) or the merchant's own `object_reference_id` used at creation
                 *     (often an email address, a mobile number or a database id, e.g. `customer1732614823`).
                 *
                 *     1 to 128 visible ASCII characters (no spaces or control characters). Clients must
                 *     percent-encode it in the path, so that an id such as `a/b` or `a?b` keeps the route.
                 *     An id that is exactly `.` or `..` cannot be sent at all: URL normalisation removes such a
                 *     path segment even when it is percent-encoded, so clients refuse it before sending.
                 */
                customer_id: components["parameters"]["customer_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a customer
         * @description Changes one or more of a customer's email address, first name, last name, mobile country
         *     code and mobile number, and answers the whole Customer object as it is after the change.
         *     Fields that are not sent keep their values. Sending the same update twice leaves the
         *     customer in the same state, so a client may safely retry it after a network failure.
         *
         *     ## Rules
         *     - **At least one** of the five body fields must be sent; an empty body is a 400.
         *     - **No other fields** are accepted (`object_reference_id` and `options.get_client_auth_token`
         *       belong to Create and Get Customer, not to this operation).
         *     - `email_address`: ASCII letters, digits and ``!#$%&'*+-/=?^_.{|}~` `` in the local part,
         *       exactly one `@`, the local part neither starts nor ends with `.` or `_`, the domain is at
         *       least two dot-separated labels of letters, digits and `-` (no label starts or ends with
         *       `-`); 5 to 128 characters.
         *     - `first_name`, `last_name`: ASCII letters, digits and `( ) . - _` only; 1 to 64 characters.
         *       Any of ``+ ! < > ? ; : @ % ` & * $ ^ { } / \ , =`` is a 400.
         *     - `mobile_country_code`: digits only, 1 to 4 of them, without a `+` (`91`, not `+91`).
         *     - `mobile_number`: digits, optionally preceded by one `+` when the number carries its
         *       country code (`+919912346789`); a `+` anywhere else, or any other character, is a 400;
         *       1 to 16 characters.
         *
         *     ## Decisions on what the documentation leaves open
         *     - **Headers.** `x-merchantid` is required (pages disagree; every official SDK sends it).
         *       `x-routing-id` is optional but recommended; the contract does not default it (a generated
         *       client sends it only when given one). The TypeScript client sends the customer id when the
         *       caller gives no `routingId`.
         *     - **Media types.** `application/x-www-form-urlencoded` is the documented body and what the
         *       official SDKs send; `application/json` with the same fields is also accepted (Juspay's own
         *       tooling sends it). Both are described by one schema.
         *     - **Names.** A space, an apostrophe (`Jon Snow`, `O'Brien`) or a non-ASCII letter is not
         *       listed either way by the documentation; the contract rejects them, so a client that
         *       follows it never meets an undocumented 400.
         *     - **Email.** An address whose domain has no dot (`user@localhost`) is rejected for the same
         *       reason. Consecutive dots inside the local part are not forbidden by the documentation and
         *       are accepted.
         *     - **Mobile number.** "Pass the 10 digit number" in the documentation is advice, not a rule:
         *       the page's own example has 11 digits. Any 1 to 16 digits are accepted.
         *     - **Lengths.** The server's data model stores names in 64, email in 128 and mobile numbers
         *       in 16 characters; it does not always enforce them. The contract does.
         *     - **Timestamps.** `date_created` and `last_updated` are UTC. Real responses use RFC 3339
         *       (`2019-06-18T07:17:22Z`); one documentation example uses `2016-08-02T08:07:52+0000`.
         *       Clients should accept both when parsing.
         *     - **Errors.** Every field of the error body is optional because real bodies differ by
         *       status; read `error_code` and `error_info.fields` when they are present.
         *     - **Rate limits and server errors.** 429 and the 5xx statuses are listed one by one (429,
         *       500, 502, 503, 504), each with the shared error schema, rather than as a `default`
         *       response: each is handled differently (429, 502, 503 and 504 are worth retrying, 500 is
         *       not), and a generated SDK gets a named type for each. Their bodies are not published by
         *       Juspay; the examples are illustrative. `Retry-After` is declared on 429 and 503. Any other
         *       status is outside the contract: clients read its body with the error schema when it fits.
         *     - **Retries.** The update is idempotent, so a client may repeat it after a network failure,
         *       a 429, 502, 503 or 504. The TypeScript client does so by itself (2 retries by default,
         *       waiting `Retry-After` when sent, else an exponential backoff with jitter, all within
         *       `timeoutMs`), and never retries another status.
         */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * EmailAddress
         * @description The customer's email address. Send it when the payment gateway behind the transaction
         *     requires one.
         *
         *     - Local part (before `@`): ASCII letters, digits and ``!#$%&'*+-/=?^_.{|}~` ``; it
         *       neither starts nor ends with `.` or `_`.
         *     - Exactly one `@`.
         *     - Domain: at least two labels separated by `.`, each of ASCII letters, digits and `-`,
         *       none starting or ending with `-` (so `user@localhost` is rejected by the contract's
         *       decision).
         *     - 5 to 128 characters.
         *
         *     In a form body, `+` must be sent as `%2B`.
         * @example customer@gmail.com
         */
        EmailAddress: string;
        /**
         * PersonName
         * @description A first or last name: ASCII letters, digits and `( ) . - _` only, 1 to 64 characters.
         * @example Juspay
         */
        PersonName: string;
        /**
         * MobileCountryCode
         * @description The customer's mobile country code, digits only and without the `+` prefix: `91`, not
         *     `+91`. 1 to 4 digits; letters (`abcd`) are a 400.
         * @example 91
         */
        MobileCountryCode: string;
        /**
         * MobileNumber
         * @description The customer's mobile number: digits, optionally preceded by a single `+` when the number
         *     carries its country code (`+919912346789`). A `+` in the middle or at the end, and any
         *     other character (such as ``? / ` ~ @ # % ^ , & * ( ) _ - = \ { }`` or a space), is a 400.
         *     1 to 16 characters.
         *
         *     The documentation advises sending the 10-digit national number with the country code in
         *     `mobile_country_code`; that is advice, not a rule (its own example `97675789476` has 11
         *     digits). In a form body, `+` must be sent as `%2B`.
         * @example 9988776644
         * @example +919912346789
         * @example 97675789476
         */
        MobileNumber: string;
        /**
         * UpdateCustomerBody
         * @description The fields to change on the customer. All are optional, but at least one must be sent,
         *     and no field other than these five is accepted.
         */
        UpdateCustomerBody: {
            email_address?: components["schemas"]["EmailAddress"];
            /**
             * @description The customer's first name, used to identify the customer. ASCII letters, digits and
             *     `( ) . - _` only, 1 to 64 characters. Any of ``+ ! < > ? ; : @ % ` & * $ ^ { } / \ , =``
             *     is a 400, and so (by the contract's decision) are spaces, apostrophes and non-ASCII
             *     letters.
             * @example Juspay
             */
            first_name?: components["schemas"]["PersonName"];
            /**
             * @description The customer's last name, used to identify the customer. ASCII letters, digits and
             *     `( ) . - _` only, 1 to 64 characters. Any of ``+ ! < > ? ; : @ % ` & * $ ^ { } / \ , =``
             *     is a 400, and so (by the contract's decision) are spaces, apostrophes and non-ASCII
             *     letters.
             * @example User
             */
            last_name?: components["schemas"]["PersonName"];
            mobile_country_code?: components["schemas"]["MobileCountryCode"];
            mobile_number?: components["schemas"]["MobileNumber"];
        };
        /**
         * ClientAuthToken
         * @description Present only sometimes (when a client auth token was requested or issued): a short-lived
         *     token that lets the merchant's front end call Juspay on the customer's behalf.
         */
        ClientAuthToken: {
            /**
             * @description The token to hand to the front end.
             * @example tkn_2a7b9c0d4e5f4a1b8c6d
             */
            client_auth_token?: string;
            /**
             * Format: date-time
             * @description When the token expires, in UTC.
             * @example 2019-06-18T07:32:22Z
             */
            client_auth_token_expiry?: string;
        };
        /**
         * Customer
         * @description A customer as Juspay stores it, after the update. Fields not listed here may be added
         *     by Juspay at any time; clients must ignore fields they do not know.
         */
        Customer: {
            /**
             * @description Juspay's unique id for the customer (`cst_…`). It can be used as `customer_id` in
             *     the path. (One old page calls this field `customer_id`; real responses and every
             *     SDK say `id`.)
             * @example cst_om2l6ctlptxwxuzj
             */
            id: string;
            /**
             * @description The kind of object; always `customer`.
             * @constant
             */
            object: "customer";
            /**
             * @description The merchant's own id for the customer, given at creation: typically an email
             *     address, a mobile number or an auto-increment id from the merchant's database.
             * @example customer1732614823
             */
            object_reference_id: string;
            /**
             * @description The customer's mobile country code, without `+`.
             * @example 91
             */
            mobile_country_code?: string;
            /**
             * @description The customer's mobile number.
             * @example 9988776644
             */
            mobile_number: string;
            /**
             * @description The customer's email address; `null` when none is stored.
             * @example customer@gmail.com
             */
            email_address?: string | null;
            /**
             * @description The customer's first name; `null` when none is stored.
             * @example Jon
             */
            first_name?: string | null;
            /**
             * @description The customer's last name; `null` when none is stored.
             * @example Snow
             */
            last_name?: string | null;
            /**
             * Format: date-time
             * @description When the customer was created, in UTC. Real responses use RFC 3339
             *     (`2016-08-02T08:07:52Z`); some older responses use `2016-08-02T08:07:52+0000`, which
             *     clients should also accept.
             * @example 2016-08-02T08:07:52Z
             */
            date_created: string;
            /**
             * Format: date-time
             * @description When the customer was last updated, in UTC; same format as `date_created`.
             * @example 2016-08-02T08:07:52Z
             */
            last_updated: string;
            juspay?: components["schemas"]["ClientAuthToken"];
        };
        /**
         * FieldError
         * @description One request field that failed validation.
         */
        FieldError: {
            /**
             * @description The name of the failing field.
             * @example mobile_number
             */
            field_name?: string;
            /**
             * @description Why the value was refused.
             * @example Invalid value.
             */
            reason?: string;
        };
        /**
         * ErrorInfo
         * @description Structured details of the error, on newer responses.
         */
        ErrorInfo: {
            /**
             * @description A message fit to show to the customer.
             * @example Invalid request params. Please verify your input.
             */
            user_message?: string;
            /**
             * @description A message for the developer, with the cause.
             * @example Invalid request params
             */
            developer_message?: string;
            /**
             * @description A machine-readable code, such as `INVALID_INPUT`, `UNAUTHORIZED`, `BAD_ORIGIN` or
             *     `RESOURCE_NOT_FOUND`.
             * @example INVALID_INPUT
             */
            code?: string;
            /**
             * @description Who must act, such as `USER_ERROR`.
             * @example USER_ERROR
             */
            category?: string;
            /**
             * @description A link to documentation about the error.
             * @example https://juspay.io/in/docs
             */
            href?: string;
            /**
             * @description Juspay's id for the request; quote it to support.
             * @example 4f1d7a9e-2c3b-4d5e-8f60-7a8b9c0d1e2f
             */
            request_id?: string;
            /** @description The request fields that failed validation, one entry each. */
            fields?: components["schemas"]["FieldError"][];
        };
        /**
         * ErrorResponse
         * @description The body of every error (400, 401, 403, 404). Every field is optional: real bodies differ
         *     by status and by the age of the service that answered. Prefer `error_code` and
         *     `error_info.code` for decisions, `error_info.fields` to find the failing field, and show
         *     `user_message` (or `error_info.user_message`) to people.
         */
        ErrorResponse: {
            /**
             * @description A short status text, such as `Bad Request`, `Invalid Request` or `error`.
             * @example Bad Request
             */
            status?: string;
            /**
             * @description A machine-readable error code, such as `invalid_request_error`, `access_denied` or
             *     `object_not_found`.
             * @example invalid_request_error
             */
            error_code?: string;
            /**
             * @description What went wrong, such as `Wrong value in mobile_country_code`.
             * @example Invalid Request
             */
            error_message?: string;
            /**
             * @description A message fit to show to the customer.
             * @example Bad Origin.
             */
            user_message?: string;
            /** @description `true` on some error bodies (for example 403). */
            error?: boolean;
            error_info?: components["schemas"]["ErrorInfo"];
        };
    };
    responses: {
        /** @description The update was applied; the body is the whole customer as it is now. */
        CustomerUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Customer"];
            };
        };
        /**
         * @description The request broke a rule: a field that fails its pattern or length, an unknown field, an
         *     empty body, or a missing `x-merchantid` header. Nothing was changed.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The `Authorization` header is missing or malformed, or the API key is unknown or inactive. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request is not allowed from where it came: the caller's IP address is not whitelisted
         *     for the merchant, or (on some deployments) no `Authorization` header was sent.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No customer has this `customer_id` (neither as Juspay id nor as `object_reference_id`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Too many requests in a short time: nothing was changed. Send the same request again after
         *     the time in `Retry-After` (or, without it, after a backoff); repeating the update is safe.
         *
         *     The TypeScript client retries a 429 by itself: it waits `Retry-After` when the header is
         *     there, else an exponential backoff with jitter (between half and all of
         *     `retryDelayMs`·2ⁿ before the n-th retry, 500 ms by default, that ceiling capped at 10 s),
         *     for at most `retries` retries
         *     (2 by default), all within the call's `timeoutMs` (30 s by default). When attempts run out,
         *     or the wait would end past the deadline, it rejects with `JuspayApiError` carrying
         *     `status` 429, `retryAfterMs` and `attempts` (`JuspayUnexpectedResponseError`, with the same
         *     fields, when the body is not this error schema naming an error code).
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Juspay failed while handling the request; whether the change was applied is unknown.
         *     Sending the same update again is safe (it is idempotent), but a 500 usually repeats, so
         *     the TypeScript client does **not** retry it: it rejects at once with `JuspayApiError`
         *     (`status` 500, with `requestId` when the body has one, to quote to Juspay's support), or
         *     `JuspayUnexpectedResponseError` when the body is not this error schema naming an error code.
         */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A service between the caller and Juspay's API, or behind it, gave no valid answer; the
         *     change may or may not have been applied, and the update is safe to repeat.
         *
         *     The TypeScript client retries a 502 like a 429: exponential backoff with jitter (or
         *     `Retry-After`, when sent), at most `retries` retries within `timeoutMs`, then
         *     `JuspayApiError` with `status` 502. A proxy may answer a 5xx itself with a body that is not
         *     JSON; clients retry on the status alone, and the TypeScript client reports a last answer
         *     whose body is not this error schema naming an error code as `JuspayUnexpectedResponseError`
         *     with the status.
         */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Juspay is overloaded or down for maintenance: nothing was changed. Send the same request
         *     again after the time in `Retry-After` (or, without it, after a backoff).
         *
         *     The TypeScript client retries a 503 like a 429: it waits `Retry-After` when sent, else an
         *     exponential backoff with jitter, at most `retries` retries within `timeoutMs`, then
         *     `JuspayApiError` with `status` 503. A proxy may answer a 5xx itself with a body that is not
         *     JSON; clients retry on the status alone, and the TypeScript client reports a last answer
         *     whose body is not this error schema naming an error code as `JuspayUnexpectedResponseError`
         *     with the status.
         */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A service between the caller and Juspay's API, or behind it, did not answer in time; the
         *     change may or may not have been applied, and the update is safe to repeat.
         *
         *     The TypeScript client retries a 504 like a 429: exponential backoff with jitter (or
         *     `Retry-After`, when sent), at most `retries` retries within `timeoutMs`, then
         *     `JuspayApiError` with `status` 504. A proxy may answer a 5xx itself with a body that is not
         *     JSON; clients retry on the status alone, and the TypeScript client reports a last answer
         *     whose body is not this error schema naming an error code as `JuspayUnexpectedResponseError`
         *     with the status.
         */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The customer to update: either the Juspay id from the Create Customer response
         *     (`cst_om2l6ctlptxwxuzj`) or the merchant's own `object_reference_id` used at creation
         *     (often an email address, a mobile number or a database id, e.g. `customer1732614823`).
         *
         *     1 to 128 visible ASCII characters (no spaces or control characters). Clients must
         *     percent-encode it in the path, so that an id such as `a/b` or `a?b` keeps the route.
         *     An id that is exactly `.` or `..` cannot be sent at all: URL normalisation removes such a
         *     path segment even when it is percent-encoded, so clients refuse it before sending.
         */
        customer_id: string;
        /**
         * @description The merchant id that Juspay issued to you (for example `merchant-id`). Required: the
         *     documentation pages disagree on whether Update Customer needs it, and every official
         *     SDK always sends it, so the contract requires it.
         *
         *     1 to 128 visible ASCII characters (no spaces or control characters).
         * @example merchant-id
         */
        "x-merchantid": string;
        /**
         * @description Keeps all calls for one customer on the same route through Juspay's systems. Optional,
         *     but recommended: pass the customer id (for a guest checkout, an order id or cart id
         *     that tracks the payment session) and pass **the same value in every call for that
         *     customer**; a routing id that changes between related calls can break API behaviour.
         *     The contract does not default it: the header is sent only when a value is given, which is
         *     what clients generated from this document do. The TypeScript client in this repository
         *     sends the `customer_id` of the path unless the call passes its own `routingId`.
         *
         *     1 to 128 visible ASCII characters (no spaces or control characters).
         * @example customer_1122
         */
        "x-routing-id": string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before sending the request again (RFC 9110, section 10.2.3): either a
         *     number of seconds (`2`) or an HTTP-date in its IMF-fixdate form
         *     (`Wed, 21 Oct 2026 07:28:00 GMT`). Sent when the server knows when capacity returns; when
         *     it is absent, clients back off on their own.
         *
         *     The TypeScript client waits exactly this long before its next attempt, provided that the
         *     wait ends before the call's `timeoutMs` deadline and attempts remain; otherwise it gives up
         *     at once. Any other form (a fraction, a negative number, the obsolete date forms) is ignored
         *     and the client's own backoff applies.
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type EmailAddress = components['schemas']['EmailAddress'];
export type PersonName = components['schemas']['PersonName'];
export type MobileCountryCode = components['schemas']['MobileCountryCode'];
export type MobileNumber = components['schemas']['MobileNumber'];
export type UpdateCustomerBody = components['schemas']['UpdateCustomerBody'];
export type ClientAuthToken = components['schemas']['ClientAuthToken'];
export type Customer = components['schemas']['Customer'];
export type FieldError = components['schemas']['FieldError'];
export type ErrorInfo = components['schemas']['ErrorInfo'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseCustomerUpdated = components['responses']['CustomerUpdated'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ParameterCustomerId = components['parameters']['customer_id'];
export type ParameterXMerchantid = components['parameters']['x-merchantid'];
export type ParameterXRoutingId = components['parameters']['x-routing-id'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    updateCustomer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The merchant id that Juspay issued to you (for example `merchant-id`). Required: the
                 *     documentation pages disagree on whether Update Customer needs it, and every official
                 *     SDK always sends it, so the contract requires it.
                 *
                 *     1 to 128 visible ASCII characters (no spaces or control characters).
                 * @example merchant-id
                 */
                "x-merchantid": components["parameters"]["x-merchantid"];
                /**
                 * @description Keeps all calls for one customer on the same route through Juspay's systems. Optional,
                 *     but recommended: pass the customer id (for a guest checkout, an order id or cart id
                 *     that tracks the payment session) and pass **the same value in every call for that
                 *     customer**; a routing id that changes between related calls can break API behaviour.
                 *     The contract does not default it: the header is sent only when a value is given, which is
                 *     what clients generated from this document do. The TypeScript client in this repository
                 *     sends the `customer_id` of the path unless the call passes its own `routingId`.
                 *
                 *     1 to 128 visible ASCII characters (no spaces or control characters).
                 * @example customer_1122
                 */
                "x-routing-id"?: components["parameters"]["x-routing-id"];
            };
            path: {
                /**
                 * @description The customer to update: either the Juspay id from the Create Customer response
                 *     (`cst_om2l6ctlptxwxuzj`) or the merchant's own `object_reference_id` used at creation
                 *     (often an email address, a mobile number or a database id, e.g. `customer1732614823`).
                 *
                 *     1 to 128 visible ASCII characters (no spaces or control characters). Clients must
                 *     percent-encode it in the path, so that an id such as `a/b` or `a?b` keeps the route.
                 *     An id that is exactly `.` or `..` cannot be sent at all: URL normalisation removes such a
                 *     path segment even when it is percent-encoded, so clients refuse it before sending.
                 */
                customer_id: components["parameters"]["customer_id"];
            };
            cookie?: never;
        };
        /**
         * @description The fields to change. Send at least one; fields left out keep their values.
         *     Form encoding must percent-encode `+` as `%2B` (a raw `+` means a space), so that
         *     `a+b@example.com` arrives intact.
         */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCustomerBody"];
                "application/json": components["schemas"]["UpdateCustomerBody"];
            };
        };
        responses: {
            200: components["responses"]["CustomerUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}

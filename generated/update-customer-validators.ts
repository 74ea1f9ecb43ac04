// Generated from openapi/ by `npm run generate` (scripts/generate/validator.mjs). Do not edit by hand.
// The rules of every schema the client checks, as the bundled document states them (prose left
// out); src/schema-check.ts evaluates them as JSON Schema 2020-12 does.

export type SchemaType = 'string' | 'null' | 'boolean' | 'object' | 'array';

/** A schema reduced to its rules: the keywords the client evaluates. */
export interface Schema {
  type?: SchemaType | readonly SchemaType[];
  const?: string | number | boolean | null;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  items?: Schema;
  minProperties?: number;
  required?: readonly string[];
  additionalProperties?: false;
  properties?: Readonly<Record<string, Schema>>;
}

export interface ParameterRules {
  in: 'path' | 'header' | 'query' | 'cookie';
  schema: Schema;
}

export interface Rules {
  /** The form body's schema: its properties are the fields, in the document's order. */
  body: Schema;
  /** By parameter name, as the document spells it (`customer_id`, `x-merchantid`, ...). */
  parameters: Readonly<Record<string, ParameterRules>>;
  /** By HTTP status, for every response with a JSON body. */
  responses: Readonly<Record<string, Schema>>;
}

const EmailAddressSchema: Schema = {
  "type": "string",
  "minLength": 5,
  "maxLength": 128,
  "pattern": "^[A-Za-z0-9!#$%&'*+/=?^`{|}~-](?:[._]*[A-Za-z0-9!#$%&'*+/=?^`{|}~-])*@[A-Za-z0-9](?:-*[A-Za-z0-9])*(?:\\.[A-Za-z0-9](?:-*[A-Za-z0-9])*)+$"
};

const PersonNameSchema: Schema = {
  "type": "string",
  "minLength": 1,
  "maxLength": 64,
  "pattern": "^[A-Za-z0-9()._-]+$"
};

const MobileCountryCodeSchema: Schema = {
  "type": "string",
  "minLength": 1,
  "maxLength": 4,
  "pattern": "^[0-9]+$"
};

const MobileNumberSchema: Schema = {
  "type": "string",
  "minLength": 1,
  "maxLength": 16,
  "pattern": "^[+]?[0-9]+$"
};

const UpdateCustomerBodySchema: Schema = {
  "type": "object",
  "minProperties": 1,
  "additionalProperties": false,
  "properties": {
    "email_address": EmailAddressSchema,
    "first_name": PersonNameSchema,
    "last_name": PersonNameSchema,
    "mobile_country_code": MobileCountryCodeSchema,
    "mobile_number": MobileNumberSchema
  }
};

const ClientAuthTokenSchema: Schema = {
  "type": "object",
  "properties": {
    "client_auth_token": {
      "type": "string"
    },
    "client_auth_token_expiry": {
      "type": "string"
    }
  }
};

const CustomerSchema: Schema = {
  "type": "object",
  "required": ["id", "object", "object_reference_id", "mobile_number", "date_created", "last_updated"],
  "properties": {
    "id": {
      "type": "string"
    },
    "object": {
      "type": "string",
      "const": "customer"
    },
    "object_reference_id": {
      "type": "string"
    },
    "mobile_country_code": {
      "type": "string"
    },
    "mobile_number": {
      "type": "string"
    },
    "email_address": {
      "type": ["string", "null"]
    },
    "first_name": {
      "type": ["string", "null"]
    },
    "last_name": {
      "type": ["string", "null"]
    },
    "date_created": {
      "type": "string"
    },
    "last_updated": {
      "type": "string"
    },
    "juspay": ClientAuthTokenSchema
  }
};

const FieldErrorSchema: Schema = {
  "type": "object",
  "properties": {
    "field_name": {
      "type": "string"
    },
    "reason": {
      "type": "string"
    }
  }
};

const ErrorInfoSchema: Schema = {
  "type": "object",
  "properties": {
    "user_message": {
      "type": "string"
    },
    "developer_message": {
      "type": "string"
    },
    "code": {
      "type": "string"
    },
    "category": {
      "type": "string"
    },
    "href": {
      "type": "string"
    },
    "request_id": {
      "type": "string"
    },
    "fields": {
      "type": "array",
      "items": FieldErrorSchema
    }
  }
};

const ErrorResponseSchema: Schema = {
  "type": "object",
  "properties": {
    "status": {
      "type": "string"
    },
    "error_code": {
      "type": "string"
    },
    "error_message": {
      "type": "string"
    },
    "user_message": {
      "type": "string"
    },
    "error": {
      "type": "boolean"
    },
    "error_info": ErrorInfoSchema
  }
};

export const rules: Rules = {
  "body": UpdateCustomerBodySchema,
  "parameters": {
    "customer_id": {
      "in": "path",
      "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[!-~]+$"
      }
    },
    "x-merchantid": {
      "in": "header",
      "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[!-~]+$"
      }
    },
    "x-routing-id": {
      "in": "header",
      "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[!-~]+$"
      }
    }
  },
  "responses": {
    "200": CustomerSchema,
    "400": ErrorResponseSchema,
    "401": ErrorResponseSchema,
    "403": ErrorResponseSchema,
    "404": ErrorResponseSchema,
    "429": ErrorResponseSchema,
    "500": ErrorResponseSchema,
    "502": ErrorResponseSchema,
    "503": ErrorResponseSchema,
    "504": ErrorResponseSchema
  }
};

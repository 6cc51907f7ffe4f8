/**
 * Errors shaped like OfficeExtension.Error: `name` "RichApi.Error", a string `code` from Excel.ErrorCodes
 * (or OfficeExtension.ErrorCodes) and `debugInfo`, so adapter code that inspects `error.code` behaves the
 * same against the stand-in and against Excel.
 */

export const StandinErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  valueNotLoaded: "ValueNotLoaded",
  notImplemented: "NotImplemented",
  undoNotSupported: "UndoNotSupported",
  invalidSelection: "InvalidSelection",
  rangeExceedsLimit: "RangeExceedsLimit",
} as const;

/** One of Excel's codes; fault injection may use any code Excel has, so any string is accepted. */
export type StandinErrorCode = (typeof StandinErrorCodes)[keyof typeof StandinErrorCodes] | (string & {});

export class StandinOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: StandinErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Builds the error Excel raises; `where` names the API member, like debugInfo.errorLocation. */
export function officeError(code: StandinErrorCode, message: string, where?: string): StandinOfficeError {
  return new StandinOfficeError(code, message, where);
}

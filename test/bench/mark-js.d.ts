// mark.js ships no types; the benchmark uses one method of it.
declare module 'mark.js' {
  interface MarkRegExpOptions {
    element?: string;
    className?: string;
    exclude?: string[];
    filter?: (textNode: Text, match: string, totalCounter: number, counter: number) => boolean;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Document);
    markRegExp(regexp: RegExp, options?: MarkRegExpOptions): void;
  }
}

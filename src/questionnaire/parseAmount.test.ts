import { describe, expect, it } from 'vitest';
import { parseAmount, parseWholeNumber, type AmountError } from './parseAmount';

describe('parseAmount', () => {
  const accepted: [string, string, number][] = [
    ['Dutch notation with a thousands dot and decimal comma', '1.234,56', 123456],
    ['English notation with a decimal point', '1234.56', 123456],
    ['a single decimal after a comma', '1234,5', 123450],
    ['a euro sign and a space as thousands separator', '€ 1 234', 123400],
    ['a comma followed by three digits (thousands)', '1,234', 123400],
    ['a dot followed by three digits (thousands)', '1.234', 123400],
    ['cents after a comma', '12,50', 1250],
    ['zero', '0', 0],
    ['spaces around the number', ' 850 ', 85000],
    ['several thousands dots and a decimal comma', '234.567,89', 23456789],
    ['thousands commas and a decimal point', '234,567.8', 23456780],
    ['several thousands dots without decimals', '1.000.000', 100_000_000],
    ['a non-breaking space as thousands separator', '1\u00a0234', 123400],
    ['the prefix "EUR"', 'EUR 12,50', 1250],
    ['Arabic-Indic digits', '١٢٥٠', 125000],
    ['Arabic-Indic digits with the Arabic thousands and decimal separators', '١٬٢٣٤٫٥٦', 123456],
    ['one digit after the Arabic decimal separator', '١٫٥', 150],
    ['Persian digits', '۱۲۳۴,۵۰', 123450],
    ['Persian digits with the Persian thousands and decimal separators (issue 17)', '۱٬۲۵۰٫۵۰', 125050],
    ['Persian digits with a Latin thousands comma, as a Persian keyboard may mix them', '۱,۲۵۰', 125000],
    ['full-width digits and separators (Chinese or Japanese keyboard)', '１．２３４，５６', 123456],
    ['Devanagari digits', '१२३४', 123400],
    ['mathematical bold digits, outside the basic plane', '\u{1d7cf}\u{1d7d0}', 1200],
  ];
  it.each(accepted)('reads %s ("%s") as %i cents', (_, input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, cents });
  });

  const rejected: [string, string, AmountError][] = [
    ['an empty field', '', 'errors.required'],
    ['a field with only spaces', '   ', 'errors.required'],
    ['a negative amount', '-5', 'errors.notNegative'],
    ['a negative amount with a Unicode minus sign', '\u221212,50', 'errors.notNegative'],
    ['a lone minus sign', '-', 'errors.number'],
    ['Arabic separators mixed with Latin ones', '١٬٢٣٤,٥٦', 'errors.number'],
    ['an Arabic thousands separator not before three digits', '١٬٢٣', 'errors.number'],
    ['three decimals after the Arabic decimal separator', '١٫٢٣٤', 'errors.number'],
    ['superscript digits, which are not decimal digits', '10²', 'errors.number'],
    ['a full-width minus sign', '－５', 'errors.notNegative'],
    ['words', 'abc', 'errors.number'],
    ['digits followed by letters', '12abc', 'errors.number'],
    ['commas between single digits', '1,2,3', 'errors.number'],
    ['four digits after the separator', '1.2345', 'errors.number'],
    ['a trailing separator', '12,', 'errors.number'],
    ['a badly grouped thousands part before the decimals', '12.34,56', 'errors.number'],
    ['more than a million euro', '99999999', 'errors.tooLarge'],
    ['one cent more than a million euro', '1.000.000,01', 'errors.tooLarge'],
    // Read correctly as € 1.234.567,89, but that is above the million-euro limit.
    ['a well-formed amount above a million euro', '1.234.567,89', 'errors.tooLarge'],
  ];
  it.each(rejected)('refuses %s ("%s") with %s', (_, input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });
});

describe('parseWholeNumber', () => {
  it('reads a plain number of years as that number', () => {
    expect(parseWholeNumber('45')).toEqual({ ok: true, value: 45 });
  });

  it('reads an age in Arabic-Indic, Persian or full-width digits', () => {
    expect(parseWholeNumber('٤٥')).toEqual({ ok: true, value: 45 });
    expect(parseWholeNumber('۴۵')).toEqual({ ok: true, value: 45 });
    expect(parseWholeNumber('４５')).toEqual({ ok: true, value: 45 });
    expect(parseWholeNumber('٤٫٥')).toEqual({ ok: false, error: 'errors.wholeYears' });
  });

  it('reads a number with spaces around it as that number', () => {
    expect(parseWholeNumber(' 7 ')).toEqual({ ok: true, value: 7 });
  });

  const rejected: [string, string, string][] = [
    ['a decimal age', '4.5', 'errors.wholeYears'],
    ['a decimal age with a comma', '4,5', 'errors.wholeYears'],
    ['a negative number', '-1', 'errors.notNegative'],
    ['a number written in words', 'forty', 'errors.number'],
    ['an empty field', '', 'errors.required'],
    ['a number of five digits', '12345', 'errors.number'],
  ];
  it.each(rejected)('refuses %s ("%s") with %s', (_, input, error) => {
    expect(parseWholeNumber(input)).toEqual({ ok: false, error });
  });
});

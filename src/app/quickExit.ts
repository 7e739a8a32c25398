/**
 * The quick exit's destination: a weather forecast, a page anyone might open, saying nothing
 * about why they left (GOV.UK's "Exit this page" uses a weather page too). `location.replace`
 * takes the app's page out of the history, so Back does not bring it back.
 */
const NEUTRAL_PAGE = 'https://www.knmi.nl/nederland-nu/weer/verwachtingen';

export function leaveForNeutralPage(): void {
  window.location.replace(NEUTRAL_PAGE);
}

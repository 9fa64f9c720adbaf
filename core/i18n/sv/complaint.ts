/**
 * The participant's complaint form (synpunkter och klagomål) and its receipt, in easy Swedish
 * (lättläst): short sentences and common words. English and Arabic have texts of the same shape.
 * The staff's name for a complaint and the mail to its recipients are in signals.ts.
 */
export const complaint = {
  formTitle: 'Säg vad du tycker om en leverantör',
  formLead: 'Är du inte nöjd med stödet du får? Eller vill du berätta om något som fungerar bra? Skriv till oss här.',
  expect: {
    title: 'Det här kan du vänta dig av leverantören',
    items: [
      'Du får det stöd som leverantören har lovat.',
      'Mötena blir av, eller så får du veta i god tid att de flyttas.',
      'Du blir bemött med respekt.',
      'Du får stöd på ett språk du förstår, eller med tolk.',
    ],
  },
  happens: {
    title: 'Det här händer med det du skriver',
    items: [
      'Arbetsförmedlingen läser det. Har du valt leverantören genom kommunens kundval, läser kommunen det också.',
      'De kan kontrollera leverantören, be den rätta något, stoppa nya deltagare eller säga upp avtalet.',
      'Leverantören får inte se det du skriver. Vi visar det aldrig för andra.',
      'Du kan vara anonym. Vill du ha svar, skriv din e-postadress.',
      'Skriv inte ditt personnummer.',
    ],
  },
  formTime: 'Det tar några minuter. Fält utan "(frivilligt)" måste fyllas i.',
  submit: 'Skicka',
  sections: { vem: 'Leverantören', vad: 'Vad hände?', kontakt: 'Om du vill ha svar' },
  chooseService: 'Välj tjänst',
  chooseSupplier: 'Välj leverantör',
  chooseKommun: 'Välj kommun',
  fields: {
    leverantor: { label: 'Leverantör' },
    tjanst: { label: 'Tjänst' },
    kommun: { label: 'Kommunen där du deltar' },
    amne: { label: 'Vad gäller det?' },
    beskrivning: { label: 'Vad hände?', hint: 'Skriv med egna ord. Skriv inte ditt personnummer.' },
    'kontakt.namn': { label: 'Ditt namn' },
    'kontakt.epost': { label: 'Din e-postadress', hint: 'Hit skickar vi svaret.' },
    'kontakt.telefon': { label: 'Ditt telefonnummer' },
    kontakt: { label: 'Kontakt' },
  },
  topics: {
    bemotande: 'Hur jag blev bemött',
    innehall: 'Vad jag fick göra',
    tider: 'Tider och inställda möten',
    tillganglighet: 'Lokaler och tillgänglighet',
    sprak: 'Språk och tolk',
    annat: 'Något annat',
  },
  /**
   * What is wrong with a field, by the field and the reason the contract gives: "missing", "tooLong"
   * ({max} is the limit), "format", "personnummer", "markup", "hidden" (invisible characters or line
   * breaks), "unknown" (not in the list), and "catalogue" (the catalogue's check: a supplier that is
   * not in it, or a service the supplier has no contract for).
   */
  errors: {
    leverantor: { missing: 'Välj vilken leverantör det gäller', catalogue: 'Välj en leverantör i listan' },
    tjanst: {
      missing: 'Välj vilken tjänst det gäller',
      catalogue: 'Leverantören du valde har inte den tjänsten. Välj en annan tjänst.',
    },
    kommun: { missing: 'Välj kommunen där du deltar', unknown: 'Välj en kommun i listan' },
    amne: { missing: 'Välj vad det gäller' },
    beskrivning: {
      missing: 'Skriv vad som hände',
      tooLong: 'Texten är för lång. Du kan skriva högst {max} tecken.',
      personnummer: 'Det du skrev ser ut som ett personnummer. Ta bort det: vi tar inte emot personnummer.',
      markup: 'Skriv bara vanlig text, utan tecknet < och utan kod.',
      hidden: 'Texten har osynliga tecken. Skriv texten själv i stället för att klistra in den.',
    },
    'kontakt.namn': {
      tooLong: 'Namnet är för långt. Du kan skriva högst {max} tecken.',
      personnummer: 'Skriv ditt namn, inte ditt personnummer.',
      markup: 'Skriv bara ditt namn, utan tecknet < och utan kod.',
      hidden: 'Namnet har osynliga tecken. Skriv namnet själv i stället för att klistra in det.',
    },
    'kontakt.epost': {
      format: 'Skriv e-postadressen som namn@exempel.se',
      tooLong: 'E-postadressen är för lång. Den kan ha högst {max} tecken.',
    },
    'kontakt.telefon': {
      format: 'Skriv telefonnumret med siffror, till exempel 08-123 456 78',
      personnummer: 'Det ser ut som ett personnummer. Skriv ditt telefonnummer.',
    },
  },
  /** For an error the texts above do not word: a field the form does not have, or a reason that is new. */
  checkField: 'Kontrollera det du har skrivit här',
  sent: {
    title: 'Tack! Vi har fått det du skrev',
    lead: 'Arbetsförmedlingen läser det. Om du skrev din e-postadress får du svar där.',
  },
};

export type ComplaintTexts = typeof complaint;

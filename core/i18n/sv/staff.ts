/** Texts of the staff workspace: sign-in, the signed-in start page and the sign-in mail. Part of the Swedish dictionary. */
export const staff = {
  workspace: 'Personal',
  roles: { lasare: 'Läsare', handlaggare: 'Handläggare', admin: 'Administratör' },
  signIn: {
    title: 'Logga in',
    lead: 'Här loggar du in om du arbetar på en kommun, hos Arbetsförmedlingen eller hos en leverantör som har ett konto i portalen. Du behöver inget lösenord: vi skickar en länk till din e-post.',
    email: { label: 'E-postadress', hint: 'Den adress som din organisation har lagt in för dig.' },
    button: 'Skicka inloggningslänk',
    signedOut: 'Du är utloggad.',
    noAccount: 'Har du inget konto? Be administratören i din organisation att lägga in dig.',
  },
  linkSent: {
    title: 'Titta i din e-post',
    lead: 'Om adressen hör till en person med konto har vi skickat en länk till den. Öppna länken inom {minutes} minuter för att logga in. Länken fungerar en gång.',
    nothing: 'Har du inte fått något? Kontrollera skräpposten, och att du skrev den adress som din organisation har lagt in för dig.',
    again: 'Skicka en ny länk',
  },
  link: {
    title: 'Logga in',
    lead: 'Välj Logga in för att fortsätta. Länken fungerar en gång.',
    button: 'Logga in',
  },
  refused: {
    unknown: 'Länken stämmer inte. Kontrollera att du har öppnat hela länken från e-postmeddelandet, eller be om en ny.',
    expired: 'Länken har slutat gälla: en inloggningslänk gäller i {minutes} minuter. Be om en ny länk.',
    used: 'Länken är redan använd: en inloggningslänk fungerar bara en gång. Be om en ny länk.',
    title: 'Länken fungerar inte',
    again: 'Be om en ny inloggningslänk',
    formTitle: 'Formuläret kunde inte tas emot',
    otherSite: 'Formuläret skickades från en annan webbplats. Gå till inloggningssidan och försök igen där.',
    csrf: 'Formuläret saknar sin kontrollkod eller har en gammal. Ladda om sidan och försök igen.',
  },
  home: {
    title: 'Personal',
    signedInAs: 'Du är inloggad som',
    email: 'E-postadress',
    name: 'Namn',
    organisation: 'Organisation',
    role: 'Roll',
    signOut: 'Logga ut',
  },
  mail: {
    subject: 'Din inloggningslänk till Arbetsmarknadsinsatser',
    body: 'Hej!\n\nDu har bett om att få logga in på Arbetsmarknadsinsatser. Öppna länken och välj Logga in:\n\n{link}\n\nLänken gäller i {minutes} minuter och fungerar en gång.\n\nHar du inte bett om att få logga in kan du bortse från det här meddelandet. Ingen kan logga in utan länken.\n\nArbetsmarknadsinsatser',
  },
} as const;

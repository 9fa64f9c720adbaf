/**
 * Renders the pages the functions render (the LOI form with errors, the status page, the page
 * after submission) to static HTML, for comparing React's renderer with the one the bundles use.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import LoiForm from '../../ui/loi/LoiForm.tsx';
import { StatusPage, SubmittedPage } from '../../ui/loi/LoiPages.tsx';
import type { LoiView } from '../../core/contracts/loi-view.ts';

const view = JSON.parse(process.argv[2]!) as LoiView;
const values = { 'organisation.namn': 'Bröd & Bullar <AB>', 'behov.yrken.0.namn': 'Kock', 'organisation.storlek': '10-49', ejBindande: 'ja', 'kompetens.kunskaper': 'Deg\nUgn' };
const errors = [
  { path: 'organisation.organisationsnummer', message: 'Fyll i organisationsnumret' },
  { path: 'behov.yrken', message: 'Välj minst ett yrke' },
];
process.stdout.write(
  [
    renderToStaticMarkup(<LoiForm values={values} errors={errors} />),
    renderToStaticMarkup(<StatusPage view={view} token="token" notice="bekraftad" />),
    renderToStaticMarkup(<StatusPage view={{ ...view, status: 'unconfirmed', recipients: [] }} token="token" />),
    renderToStaticMarkup(<SubmittedPage reference={view.reference} fa={view.fa} matches={view.matches} />),
  ].join('\n'),
);

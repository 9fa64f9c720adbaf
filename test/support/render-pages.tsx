/**
 * Renders the pages the functions render (the LOI form with errors, the complaint form in Arabic
 * with errors, the answers to check, the status page, the step before withdrawing, the page after
 * submission, the supplier list and comparison, each in the site's frame) to static HTML,
 * for comparing React's renderer with the one the bundles use.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import LoiForm from '../../ui/loi/LoiForm.tsx';
import ComplaintForm, { complaintFormTexts } from '../../ui/complaint/ComplaintForm.tsx';
import { StatusPage, SubmittedPage, WithdrawPage } from '../../ui/loi/LoiPages.tsx';
import { CheckAnswers, loiAnswers } from '../../ui/loi/CheckAnswers.tsx';
import { Document } from '../../ui/frame/Document.tsx';
import { languageLinks } from '../../ui/frame/SiteHeader.tsx';
import { SupplierList } from '../../ui/choice/SupplierList.tsx';
import { ComparePage } from '../../ui/choice/ComparePage.tsx';
import { readFilters } from '../../core/catalogue/supplier-filter.ts';
import { jobseekerTexts, localePath } from '../../core/i18n/index.ts';
import type { LoiView } from '../../core/contracts/loi-view.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';

const { view, suppliers } = JSON.parse(process.argv[2]!) as { view: LoiView; suppliers: SupplierInKommun[] };
const values = {
  'organisation.namn': 'Bröd & Bullar <AB>',
  'behov.yrken.0.namn': 'Kock',
  'organisation.storlek': '10-49',
  ejBindande: 'ja',
  'kompetens.kunskaper': 'Deg\nUgn',
};
const errors = [
  { path: 'organisation.organisationsnummer', message: 'Fyll i organisationsnumret' },
  { path: 'behov.yrken', message: 'Välj minst ett yrke' },
];
const inFrame = (content: ReactNode) => (
  <Document
    title="Sida"
    language="ar"
    t={jobseekerTexts('ar')}
    site="https://portal.example"
    path="/ar/leverantorer/kommun/1280/"
    breadcrumbs={[{ href: '/ar/leverantorer/', label: 'Start' }]}
    languageLinks={languageLinks((l) => localePath(l, '/leverantorer/kommun/1280/'))}
    scripts={['/print.js']}
  >
    {content}
  </Document>
);
process.stdout.write(
  [
    renderToStaticMarkup(<LoiForm values={values} errors={errors} />),
    // In Arabic: its parts' texts come from the form's language.
    renderToStaticMarkup(
      <ComplaintForm
        language="ar"
        texts={complaintFormTexts(jobseekerTexts('ar'))}
        suppliers={[{ slug: 'oresund-karriar', namn: 'Öresund Karriär AB' }]}
        values={{ leverantor: 'oresund-karriar', 'kontakt.namn': 'سارة' }}
        errors={[{ path: 'beskrivning', message: 'اكتب ماذا حدث' }]}
      />,
    ),
    renderToStaticMarkup(<StatusPage view={view} token="token" notice="bekraftad" />),
    renderToStaticMarkup(<StatusPage view={{ ...view, status: 'unconfirmed', recipients: [] }} token="token" />),
    renderToStaticMarkup(<StatusPage view={{ ...view, status: 'withdrawn' }} token="token" />),
    renderToStaticMarkup(<WithdrawPage view={view} token="token" />),
    renderToStaticMarkup(
      <CheckAnswers
        sections={loiAnswers(new URLSearchParams({ ...values, 'undertecknare.vem': 'kontakt' }), () => undefined)}
        headingLevel={2}
        change={(answer) => ({ type: 'submit', name: 'andra', value: answer.target, formAction: '/api/loi/check' })}
      />,
    ),
    renderToStaticMarkup(<SubmittedPage reference={view.reference} fa={view.fa} matches={view.matches} />),
    renderToStaticMarkup(
      inFrame(
        <SupplierList
          language="ar"
          kommunkod="1280"
          suppliers={suppliers}
          filters={readFilters(new URLSearchParams('sprak=ar&distans=ja&sortera=betyg'))}
          ticked={[suppliers[0]!.slug]}
          explained
        />,
      ),
    ),
    // Every supplier's card, unfiltered.
    renderToStaticMarkup(
      inFrame(
        <SupplierList
          language="sv"
          kommunkod="1280"
          suppliers={suppliers}
          filters={readFilters(new URLSearchParams())}
          ticked={[]}
          explained
        />,
      ),
    ),
    renderToStaticMarkup(
      inFrame(
        <ComparePage
          language="en"
          kommunkod="1280"
          suppliers={suppliers}
          chosen={suppliers.map((s) => s.slug)}
          back="/leverantorer/urval/?kommun=1280"
        />,
      ),
    ),
  ].join('\n'),
);

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanHref, cleanPastedHtml } from './paste';

/** What Word for Windows puts on the clipboard, trimmed to one of each thing. */
const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!--
 /* Style Definitions */
 p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoTitle>Water for the plain</p>
<h1 style='mso-outline-level:1'><span lang=EN-GB style='mso-ansi-language:EN-GB'>The lake that fell<o:p></o:p></span></h1>
<p class=MsoNormal style='margin-bottom:8.0pt;line-height:107%'><span lang=EN-GB style='font-size:12.0pt;font-family:"Georgia",serif;color:#1F3864;mso-themecolor:accent1'>From the 1930s, <b style='mso-bidi-font-weight:normal'>Soviet engineers</b> let water out of <i style='mso-bidi-font-style:normal'>Lake Sevan</i> to irrigate the <st1:place w:st="on">Ararat</st1:place> plain.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<h3><span style='font-family:"Calibri Light"'>What changed</span></h3>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>The level fell by twenty metres<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Fish stocks declined<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Islands became peninsulas<o:p></o:p></p>
<p class=MsoNormal>Steps to refill it:</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Tunnels from the Arpa<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>A law in 2001<o:p></o:p></p>
<p class=MsoQuote>We used to walk to the island on the ice.</p>
<p class=MsoNormal>Read the <a href="https://example.org/report.pdf?utm_source=newsletter&amp;utm_medium=email&amp;page=3">full report</a><a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a> and <a name="_Hlk1">the summary</a>.<img width=1 height=1 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="_x0000_i1025"></p>
<!--EndFragment-->
</body></html>`;

/** A news page selection as Chrome copies it: chrome, scripts, handlers and a tracking pixel. */
const WEB = `<meta charset="utf-8"><div class="article-body" data-component="body" style="font-family: Arial; color: rgb(34, 34, 34);">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'copy'});</script>
<style>.ad { display: block }</style>
<h2 class="headline" id="section-1" onclick="track('h2')">Tourists <em>return</em> to Ushguli</h2>
<p class="para" data-track-id="p-91" style="margin: 0 0 1em;">The towers of <strong class="b">Svaneti</strong> draw <span style="font-weight: 700;">thousands</span> of <span style="font-style: italic;">visitors</span> each summer, <a href="https://news.example/ushguli?utm_campaign=spring&amp;fbclid=IwAR0abc&amp;id=7" onclick="ga('send','event')" target="_blank" rel="nofollow" data-link-track="1">according to officials</a>.</p>
<div class="ad" onmouseover="showAd()"><iframe src="https://ads.example/frame"></iframe><img src="https://pixel.example/p.gif?uid=123" width="1" height="1" alt=""></div>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">“It is a village, not a museum,” said one resident.</p>— <a href="https://t.example/status/1?s=20&amp;gclid=xyz">@resident</a></blockquote>
<ul class="list"><li style="color:red">Roads <b>paved</b> in 2011</li><li><a href="javascript:alert(document.cookie)">A guesthouse</a> on every corner</li></ul>
<ol><li>First</li><ol><li>Nested under first</li></ol><li>Second</li></ol>
<p><a href="https://www.google.com/url?q=https://gov.example/data?utm_source%3Dg&amp;sa=D&amp;ust=1">Statistics</a> and <a href="mailto:desk@news.example?subject=Tip">tips</a>, <a href="/relative/path?utm_term=x&amp;keep=1">more</a>.</p>
<noscript><img src="https://pixel.example/noscript.gif"></noscript>
<h5 style="font-size: 12px;">Related</h5>
<div>Loose line one</div><div>Loose line two</div>
<img src="/media/abc/1600x900.jpg" alt="Towers" width="1600" height="900" onerror="alert(1)">
<svg onload="alert(1)"><circle r="4"></circle></svg>
<form action="https://evil.example"><input name="q" value="x"><button>Go</button></form>
</div>`;

/** Google Docs: one <b style="font-weight:normal"> around everything, bold and italic as styles. */
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7f1a2b3c-7fff-1234-5678-9abcdef01234"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">Notes from Mestia</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Plain, </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;">bold</span><span style="font-size:11pt;font-weight:400;font-style:italic;"> and italic</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation" style="line-height:1.38;"><span style="font-size:11pt;font-weight:400;">One point</span></p></li></ul></b>`;

describe('cleanPastedHtml', () => {
  it('keeps the structure of a Word document and drops its markup', () => {
    const html = cleanPastedHtml(WORD);
    expect(html).toBe(
      [
        '<h2>Water for the plain</h2>',
        '<h2>The lake that fell</h2>',
        '<p>From the 1930s, <strong>Soviet engineers</strong> let water out of <em>Lake Sevan</em> to irrigate the Ararat plain.</p>',
        '<h3>What changed</h3>',
        '<ul><li><p>The level fell by twenty metres</p><ul><li><p>Fish stocks declined</p></li></ul></li><li><p>Islands became peninsulas</p></li></ul>',
        '<p>Steps to refill it:</p>',
        '<ol><li><p>Tunnels from the Arpa</p></li><li><p>A law in 2001</p></li></ol>',
        '<blockquote><p>We used to walk to the island on the ice.</p></blockquote>',
        '<p>Read the <a href="https://example.org/report.pdf?page=3">full report</a>[1] and the summary.</p>',
      ].join(''),
    );
    expect(html).not.toMatch(/mso|o:p|class=|style=|Symbol|clip_image|StartFragment/);
  });

  it('keeps the words of a web page and drops scripts, handlers, styles, frames and tracking', () => {
    const html = cleanPastedHtml(WEB);
    expect(html).toContain('<h2>Tourists <em>return</em> to Ushguli</h2>');
    expect(html).toContain(
      '<p>The towers of <strong>Svaneti</strong> draw <strong>thousands</strong> of <em>visitors</em> each summer, <a href="https://news.example/ushguli?id=7">according to officials</a>.</p>',
    );
    expect(html).toContain(
      '<blockquote><p>“It is a village, not a museum,” said one resident.</p><p>— <a href="https://t.example/status/1?s=20">@resident</a></p></blockquote>',
    );
    expect(html).toContain(
      '<ul><li><p>Roads <strong>paved</strong> in 2011</p></li><li><p>A guesthouse on every corner</p></li></ul>',
    );
    expect(html).toContain(
      '<ol><li><p>First</p><ol><li><p>Nested under first</p></li></ol></li><li><p>Second</p></li></ol>',
    );
    expect(html).toContain('<a href="https://gov.example/data">Statistics</a>');
    expect(html).toContain('<a href="mailto:desk@news.example?subject=Tip">tips</a>');
    expect(html).toContain('<a href="/relative/path?keep=1">more</a>');
    expect(html).toContain('<h3>Related</h3>');
    expect(html).toContain('<p>Loose line one</p><p>Loose line two</p>');
    expect(html).toContain(
      '<figure class="body-figure"><img src="/media/abc/1600x900.jpg" alt="Towers" width="1600" height="900"></figure>',
    );
    for (const junk of [
      'script',
      'dataLayer',
      'style',
      'onclick',
      'onerror',
      'onload',
      'onmouseover',
      'iframe',
      'pixel.example',
      'javascript:',
      'data-',
      'class="para"',
      'target=',
      'rel=',
      'utm_',
      'fbclid',
      'gclid',
      '<svg',
      '<form',
      '<input',
      '<button',
      '<div',
      '<span',
    ]) {
      expect(html, junk).not.toContain(junk);
    }
  });

  it('reads Google Docs bold and italic from styles and ignores its not-bold wrapper', () => {
    expect(cleanPastedHtml(GOOGLE_DOCS)).toBe(
      '<h2>Notes from Mestia</h2><p>Plain, <strong>bold</strong><em> and italic</em></p><ul><li><p>One point</p></li></ul>',
    );
  });

  it('maps h1 and h2 to subheadings and h3 to h6 to small subheadings', () => {
    expect(cleanPastedHtml('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>')).toBe(
      '<h2>a</h2><h2>b</h2><h3>c</h3><h3>d</h3><h3>e</h3><h3>f</h3>',
    );
  });

  it('keeps its own copies intact, so cut and paste inside the editor loses nothing', () => {
    const own =
      '<p data-pm-slice="1 1 []">Some <strong>bold</strong> <a href="/articles/x">link</a></p>' +
      '<aside class="pull-quote"><p>A pull quote</p></aside>' +
      '<figure class="body-figure"><img src="/media/abc/1600x900.jpg" alt="Towers" width="1600" height="900"><figcaption>Ushguli in June <span class="credit">Photo: Ridgeline</span></figcaption></figure>' +
      '<hr><blockquote><p>Quoted</p></blockquote><p>Line<br>break</p>';
    expect(cleanPastedHtml(own)).toBe(own);
  });

  it('drops pictures that are not on this site and empty paragraphs', () => {
    expect(
      cleanPastedHtml(
        '<p>&nbsp;</p><p><img src="https://cdn.example/a.jpg"></p><figure><img src="data:image/png;base64,AAAA"><figcaption>x</figcaption></figure><p>Kept</p>',
      ),
    ).toBe('<p>Kept</p>');
  });

  it('turns preformatted text and table cells into paragraphs', () => {
    expect(
      cleanPastedHtml(
        '<pre>line one\nline two\n</pre><table><tr><td>cell <b>one</b></td><td><p>cell two</p></td></tr></table>',
      ),
    ).toBe('<p>line one<br>line two</p><p>cell <strong>one</strong></p><p>cell two</p>');
  });
});

describe('cleanHref', () => {
  it('strips tracking parameters and refuses unsafe schemes', () => {
    expect(cleanHref('https://a.example/x?utm_source=a&UTM_Medium=b&fbclid=c&gclid=d&msclkid=e&q=kept#part')).toBe(
      'https://a.example/x?q=kept#part',
    );
    expect(cleanHref('https://a.example/x?q=a%20b')).toBe('https://a.example/x?q=a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      '#anchor',
      '',
      null,
      'file:///C:/x',
      'tel:+1',
    ]) {
      expect(cleanHref(bad), String(bad)).toBeNull();
    }
  });
});

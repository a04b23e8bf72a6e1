import { expect, test, type Page } from '@playwright/test';
import { freshReader, newReaderContext, nextMail } from './fixtures/accounts';
import { giftPath, mailWith, photographMail } from './fixtures/gifts';
import { screenshots } from './fixtures/membership-account';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * Giving from the Russian edition (#14): once, a membership as a gift, and asking the pool, in
 * Russian from the form through its refusals, Stripe Checkout (opened with locale=ru), the
 * Russian thank-you pages, to the mail each sends, which reaches its reader in Russian.
 */

/** Intl writes a no-break space between a sum and its sign, and in «г.»: compared as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

/** Signs in from the Russian sign-in page, through the Russian email, back to `callbackUrl`. */
async function signInRussian(page: Page, email: string, callbackUrl: string) {
  await expect(page).toHaveURL(/\/ru\/signin\?callbackUrl=/);
  await page.getByLabel('Адрес электронной почты').fill(email);
  const since = Date.now() - 1000;
  await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Проверьте почту');
  const mail = await nextMail(page.request, email, since);
  await page.goto(mail.link);
  await page.getByRole('button', { name: `Войти как ${email}` }).click();
  await page.waitForURL((url) => url.pathname === callbackUrl);
}

test('a reader gives once from /ru/give, through Checkout in Russian, to a Russian thank-you page and a Russian receipt', async ({
  browser,
}) => {
  const reader = freshReader('ru-giver');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/give');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поддержать один раз');
  await expect(page.getByText('Разовый взнос любого размера, от 3 $, помогает')).toBeVisible();
  await expect(page.getByRole('radio', { name: '25 $' })).toBeChecked();
  // The sign goes where Russian writes it: after the amount, not before.
  const other = page.getByLabel('Другая сумма в долларах, не меньше 3 $');
  expect(
    await page
      .locator('.give-once__other')
      .evaluate((row) => [...row.children].map((child) => child.tagName.toLowerCase())),
  ).toEqual(['input', 'span']);
  await expect(page.locator('.give-once__other span')).toHaveText('$');
  await screenshots(page, 'ru-give');

  // Too little, refused in Russian, with everything kept as typed.
  await page.getByRole('radio', { name: 'Другая' }).check();
  await other.fill('2');
  await page.getByLabel('Оплатить участие тому, кто не может платить сам').check();
  await page.getByRole('button', { name: 'Поддержать один раз' }).click();
  await expect(page).toHaveURL(/\/ru\/give\?/);
  await expect(page.locator('.give-once [role="alert"]')).toHaveText(
    'Минимальный взнос — 3 $: с меньшей суммы большую часть забирает комиссия за оплату картой.',
  );
  await expect(other).toHaveValue('2');
  await expect(page.getByLabel('Оплатить участие тому, кто не может платить сам')).toBeChecked();
  await screenshots(page, 'ru-give-refused');

  await other.fill('25');
  await page.getByLabel('На работу редакции').check();
  await page.getByRole('button', { name: 'Поддержать один раз' }).click();
  // The stand-in's Checkout: its own words stay English, but it was asked to speak Russian.
  await expect(page.locator('html')).toHaveAttribute('data-stripe-locale', 'ru');
  await expect(page.getByText('Взнос в поддержку Ridgeline')).toBeVisible();
  await page.getByLabel('Email').fill(reader.email);
  await payOnCheckout(page, CARDS.succeeds, 'Donate');

  await expect(page).toHaveURL(/\/ru\/give\/thanks\?session_id=cs_/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Спасибо за ваш взнос: 25 $');
  await expect(page.getByText('Ваш взнос оплачивает журналистскую работу')).toBeVisible();
  await expect(page.getByText('Это разовый взнос: больше ничего списано не будет.')).toBeVisible();
  await screenshots(page, 'ru-give-thanks');

  const receipt = await mailWith(page, reader.email, /^Квитанция: /);
  expect(plain(receipt.subject)).toBe('Квитанция: 25 $ в поддержку Ridgeline');
  const text = plain(receipt.text);
  for (const line of [
    'Спасибо, что поддержали Ridgeline: ваш взнос — 25 $.',
    'Сумма: 25 $',
    'Назначение: На работу редакции Ridgeline',
    'Вид: Разовый взнос',
    'Это разовый взнос: больше с вашей карты ничего списано не будет.',
    'Вопросы об этом взносе? Пишите на newsroom@ridgeline.example.',
  ])
    expect(text).toContain(line);
  expect(receipt.text).not.toMatch(/\b(Amount|Kind|One-off|Thank you)\b/);
  expect(receipt.html).toMatch(/<html[^>]*lang="ru"/);
  await photographMail(page, receipt, 'ru-give-receipt');
  await context.close();
});

test('a membership given from the Russian edition is ordered, paid, mailed and redeemed in Russian', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const buyer = freshReader('ru-gift-buyer');
  const recipient = freshReader('ru-gift-recipient');
  const context = await newReaderContext(browser, buyer.ip);
  const page = await context.newPage();
  await page.goto('/ru/membership');
  await page.getByRole('link', { name: 'Подарить участие' }).click();
  await expect(page).toHaveURL('/ru/give/membership');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подарить участие');
  await page.getByRole('radio', { name: 'Участник' }).check();
  await page.getByRole('radio', { name: '3 месяца · 30 $' }).check();
  await expect(page.getByText('30 $ — оплата один раз, без продления.')).toBeVisible();
  await page.getByLabel('Адрес электронной почты получателя').fill(recipient.email);
  const message = page.getByLabel('Сообщение для получателя (необязательно)');
  await message.fill('С Новым годом! Начните с репортажа из Гюмри.');
  await expect(page.getByText('44 из 500 знаков')).toBeVisible();
  await screenshots(page, 'ru-gift-order');
  await message.fill('я'.repeat(510));
  await expect(page.getByText('510 из 500 знаков')).toBeVisible();

  // Refused in Russian at the field, everything else kept.
  await page.getByRole('button', { name: 'Перейти к оплате' }).click();
  await expect(page.getByText('Сообщение должно быть не длиннее 500 знаков, а в нём 510 знаков.')).toBeVisible();
  await expect(page.getByText('Проверьте подарок: что-то нужно исправить.')).toBeVisible();
  await expect(page.getByLabel('Адрес электронной почты получателя')).toHaveValue(recipient.email);
  await screenshots(page, 'ru-gift-order-refused');
  await message.fill('С Новым годом! Начните с репортажа из Гюмри.');
  await page.getByRole('button', { name: 'Перейти к оплате' }).click();

  await expect(page.locator('html')).toHaveAttribute('data-stripe-locale', 'ru');
  await expect(
    page.getByRole('heading', { name: /Подарок: 3 месяца участия в Ridgeline, вариант «Участник»/ }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(buyer.email);
  await payOnCheckout(page, CARDS.succeeds, 'Pay');
  await expect(page).toHaveURL(/\/ru\/give\/membership\/thanks\?session_id=cs_/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подарок оплачен');
  await expect(page.getByText(`Мы отправим подарок на ${recipient.email} через минуту`)).toBeVisible();
  await screenshots(page, 'ru-gift-thanks');

  const receipt = await mailWith(page, buyer.email, 'Квитанция: 3 месяца участия в Ridgeline в подарок');
  expect(plain(receipt.text)).toContain('Подарок: 3 месяца участия «Участник» (30 $)');
  expect(receipt.text).toContain(`Доставка: Письмом на ${recipient.email}`);
  expect(receipt.html).toMatch(/<html[^>]*lang="ru"/);
  await photographMail(page, receipt, 'ru-gift-receipt');
  const gift = await mailWith(page, recipient.email, 'Вам подарок: 3 месяца участия в Ridgeline');
  expect(gift.text).toContain('«С Новым годом! Начните с репортажа из Гюмри.»');
  expect(gift.html).toMatch(/<html[^>]*lang="ru"/);
  await photographMail(page, gift, 'ru-gift-mail');
  const path = giftPath(gift);
  expect(gift.text).toContain(`/ru${path}`);

  // The recipient opens the Russian redeem page, signs in in Russian and starts it.
  const theirs = freshReader('ru-gift-reader');
  const recipientContext = await newReaderContext(browser, theirs.ip);
  const reader = await recipientContext.newPage();
  await reader.goto(`/ru${path}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Участие для вас');
  await expect(reader.getByText('Вам подарили 3 месяца участия в Ridgeline.')).toBeVisible();
  await screenshots(reader, 'ru-gift-redeem');
  await reader.getByRole('link', { name: 'Войти и начать' }).click();
  await signInRussian(reader, theirs.email, `/ru${path}`);
  await expect(reader.getByText(/Если начать сейчас, вы будете участником до/)).toBeVisible();
  await reader.getByRole('button', { name: 'Начать участие' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Ваше участие началось');
  await expect(reader).toHaveURL(new RegExp(`/ru${path}\\?outcome=redeemed$`));
  await screenshots(reader, 'ru-gift-redeemed');
  await Promise.all([context.close(), recipientContext.close()]);
});

test('a reader asks the pool from the Russian edition, refused and answered in Russian', async ({ browser }) => {
  const asker = freshReader('ru-pool-asker');
  const context = await newReaderContext(browser, asker.ip);
  const page = await context.newPage();
  await page.goto('/ru/membership');
  await expect(page.locator('#pay-it-forward')).toContainText(/уже оплачено участие/);
  await screenshots(page, 'ru-membership-giving', page.locator('#give-once'));
  await page.getByRole('link', { name: 'Попросите его из общего фонда' }).click();
  await expect(page).toHaveURL('/ru/membership/ask');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Попросить участие из фонда');
  await screenshots(page, 'ru-pool-ask-signed-out');
  await page.getByRole('link', { name: 'Войти и попросить' }).click();
  await signInRussian(page, asker.email, '/ru/membership/ask');
  await expect(page.getByText(`Участие будет оформлено на ${asker.email}`)).toBeVisible();

  await page.getByRole('button', { name: 'Отправить просьбу' }).click();
  await expect(page.getByText('Напишите в одном-двух предложениях, почему вы просите.')).toBeVisible();
  await page.getByLabel('Почему вы просите?').fill('Я учусь на журналиста в Ереване, и моя карта перестала работать.');
  await screenshots(page, 'ru-pool-ask');
  await page.getByRole('button', { name: 'Отправить просьбу' }).click();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `Спасибо. Редактор прочтёт вашу просьбу и напишет на ${asker.email}. Ваш текст удалят, как только по просьбе примут решение.`,
  );
  await screenshots(page, 'ru-pool-asked');
  await context.close();
});

test('the English /give stays as it was: English words, the dollar sign before the amount, the English checkout', async ({
  page,
}) => {
  await page.goto('/give');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Give once');
  await expect(page.locator('.lede')).toHaveText(
    'A single gift, any size from $3, keeps our reporters working. No account needed, and nothing is taken again.',
  );
  expect(
    await page
      .locator('.give-once__other')
      .evaluate((row) => [...row.children].map((child) => child.tagName.toLowerCase())),
  ).toEqual(['span', 'input']);
  await expect(page.locator('form.give-once')).toHaveAttribute('action', '/give/checkout');
  await expect(page.getByLabel('Other amount in dollars, at least $3')).toBeVisible();
  await expect(page.getByLabel('Fund a membership for someone who cannot pay')).toBeVisible();
  await page.goto('/give/membership');
  await expect(page.getByRole('radio', { name: '3 months · $30' })).toBeVisible();
  await expect(page.getByText('$60, paid once. Nothing renews.')).toBeVisible();
});

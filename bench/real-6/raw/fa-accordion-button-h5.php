<section class="faq-section pt-60 pb-120 bg-light">
            <div class="container">
                <div class="row justify-content-center">
                    <div class="col-md-10 col-lg-6">
                        <div class="section-heading text-center">
                            <h4 class="h5 text-primary" id="faq"> سوالات متداول</h4>
                            <h2> سوالات پرتکرار</h2>
                            <p>به راحتی خدمات تعاونی را از طریق برون سپاری مغناطیسی استفاده کنید.به طور پویا رشد ارزش در حالی که بردارهای دقیق تجارت الکترونیک. </p>
                        </div>
                    </div>
                </div>
                <div class="row justify-content-center">
                    <div class="col-lg-7 col-12">
                        <div class="accordion faq-accordion" id="accordionExample">
                            <div class="accordion-item border border-2 active">
                                <h5 class="accordion-header" id="faq-1">
                                    <button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-1" aria-expanded="true">
                                        رویه برگشت پول چطور کار میکند؟
                                    </button>
                                </h5>
                                <div id="collapse-1" class="accordion-collapse collapse show" aria-labelledby="faq-1" data-bs-parent="#accordionExample">
                                    <div class="accordion-body">
                                        به طور چشمگیری محصولات متقاطع را با آیتم های فعال وب فعال می کند.به سرعت به حداکثر رساندن روش های قابل انعطاف توانمندسازی بدون ابتکارات خارج از جعبه.پیوند کامل عملکردی به جای اطلاعات بدون درز.به طور کلی طرح های به موقع را در برابر الزامات با کیفیت بالا ارائه می دهد.به طور مداوم محتوای منبع باز را از طریق خدمات مشتری حرفه ای مستقر کنید.
                                    </div>
                                </div>
                            </div>
                            <div class="accordion-item border border-2">
                                <h5 class="accordion-header" id="faq-2">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-2" aria-expanded="false">
                                        آیا می توانید یک مثال به من نشان دهید؟
                                    </button>
                                </h5>
                                <div id="collapse-2" class="accordion-collapse collapse" aria-labelledby="faq-2" data-bs-parent="#accordionExample">
                                    <div class="accordion-body">
                                        به طور مداوم نوآوری منابع فنی داخلی و یا "ارگانیک" با محتوای موقعیت موقعیت بازار است.به طور کامل به طور کامل سرمایه فکری مطلوب را در برابر سرمایه انسانی جهانی به ارمغان می آورد.به طور ذاتی اداری مواد قوی و منابع خونریزی را مدیریت می کند.به طور پویا نسل بعدی برنامه های کاربردی مبتنی بر بازار
                                    </div>
                                </div>
                            </div>
                            <div class="accordion-item border border-2">
                                <h5 class="accordion-header" id="faq-3">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-3" aria-expanded="false">
                                        چگونه می توانم پردازش کنم؟
                                    </button>
                                </h5>
                                <div id="collapse-3" class="accordion-collapse collapse" aria-labelledby="faq-3" data-bs-parent="#accordionExample">
                                    <div class="accordion-body">
                                        پس از جوامع مجتمع، روش های تست تعاونی را ارائه می دهد.به طور چشمگیری ساده مدل های سطح منابع با برون سپاری منحصر به فرد را ساده می کند.حرفه ای به طور حرفه ای همکاری های را ساده تر در حالی که بهترین روش های بازار است.به طور مشترک از تکنولوژی مغناطیسی برای تکنولوژی قوی استفاده می کند.
                                    </div>
                                </div>
                            </div>

                            <div class="accordion-item border border-2">
                                <h5 class="accordion-header" id="faq-4">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-4" aria-expanded="false">
                                        چه اتفاقی می افتد اگر من بیش از حد لیمیت بروم؟
                                    </button>
                                </h5>
                                <div id="collapse-4" class="accordion-collapse collapse" aria-labelledby="faq-4" data-bs-parent="#accordionExample">
                                    <div class="accordion-body">
                                        به طور قابل توجهی تسهیل پیشرفت های فرآیند بهره برداری برای زیرساخت های سرمایه گذاری سهام.به طور مداوم Mesh سرمایه انسانی بالا با برون سپاری سازگار با عقب.به طرز وحشیانه ای به واسطه معیارهای موازی هماهنگ می شود.به طور تعاملی از همگرایی هدایت مشتری و منابع موازی استفاده می شود.با مشتاقانه معمار خدمات الکترونیکی مشتری مرکزی در حالی که تجارت الکترونیک گرانول است.
                                    </div>
                                </div>
                            </div>

                            <div class="accordion-item border border-2">
                                <h5 class="accordion-header" id="faq-5">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-5" aria-expanded="false">
                                        چگونه می توانم محاسبه کنم که چقدر پردازش نیاز دارم؟
                                    </button>
                                </h5>
                                <div id="collapse-5" class="accordion-collapse collapse" aria-labelledby="faq-5" data-bs-parent="#accordionExample">
                                    <div class="accordion-body">
                                        به طور مشخص توانایی های برتر را از طریق مدل های موقعیت یابی بازار فعال می کند.به طور مشخص، پیشگامان منحصر به فرد را بدون ایده های گسترده ای گسترش می دهد.به طور عینی کاتالیزورهای چند منظوره را برای تغییر محتوای پایه نصب شده مستقر می کند.یکپارچه همگرایی رو به جلو را از طریق طرح های کیفیت ایجاد کنید.به طور عینی مهارت های رهبری رسانه های متقابل را از طریق منابع مشتری هدایت می کند.
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>